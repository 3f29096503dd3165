package dev.plaza.channels.feeds;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to poll a feed next. After an answer: when the feed asked (Cache-Control max-age, RSS ttl), or
 * after {@code normal}; after a failure: {@code normal} doubled for each failure in a row, or when a
 * 429 or 503 said to come back (Retry-After). Always between {@code min} and {@code max}, so that no
 * feed is hammered and none is forgotten.
 */
public record PollSchedule(Duration min, Duration normal, Duration max) {

    public static final PollSchedule DEFAULT = new PollSchedule(Duration.ofMinutes(15), Duration.ofHours(1),
            Duration.ofHours(24));

    public PollSchedule {
        requireNonNull(min, "min");
        requireNonNull(normal, "normal");
        requireNonNull(max, "max");
        if (min.isNegative() || min.compareTo(normal) > 0 || normal.compareTo(max) > 0) {
            throw new IllegalArgumentException("poll intervals need 0 <= min <= normal <= max; got %s, %s, %s"
                    .formatted(min, normal, max));
        }
    }

    Instant afterAnswer(Instant now, Optional<Duration> asked) {
        return now.plus(bounded(asked.orElse(normal)));
    }

    /** {@code failures} counts this one: the first failure waits {@code normal}, the second twice that… */
    Instant afterFailure(Instant now, int failures, Optional<Duration> retryAfter) {
        Duration backoff = normal.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return now.plus(bounded(retryAfter.orElse(backoff)));
    }

    private Duration bounded(Duration wait) {
        return wait.compareTo(min) < 0 ? min : wait.compareTo(max) > 0 ? max : wait;
    }
}
