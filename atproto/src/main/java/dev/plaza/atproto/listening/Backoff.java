package dev.plaza.atproto.listening;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before connecting again: {@code initial}, doubling with each failed attempt up to
 * {@code max}, with jitter so that many listeners cut off at once do not all come back at once. Half of
 * each delay is fixed and half random ("equal jitter"), so a wait never collapses to nothing.
 */
public record Backoff(Duration initial, Duration max) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    public Backoff {
        requireNonNull(initial, "initial");
        requireNonNull(max, "max");
        if (initial.toMillis() < 1 || max.compareTo(initial) < 0) {
            throw new AtprotoException("a backoff needs 1 ms <= initial <= max; got initial %s, max %s".formatted(initial, max));
        }
    }

    /** The wait before attempt {@code attempt} + 1, where attempt 0 follows a connection that worked. */
    public Duration delay(int attempt, RandomGenerator random) {
        Duration ceiling = ceiling(attempt);
        long millis = ceiling.toMillis();
        long fixed = millis / 2;
        return Duration.ofMillis(fixed + random.nextLong(millis - fixed + 1));
    }

    /** The longest wait before attempt {@code attempt} + 1: initial × 2^attempt, at most max. */
    public Duration ceiling(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt " + attempt + " is negative");
        }
        long millis = initial.toMillis();
        for (int i = 0; i < attempt && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
