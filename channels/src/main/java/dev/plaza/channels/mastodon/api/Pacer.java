package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps a client within an instance's rate limit: after an answer that left no requests, the next
 * request waits until the limit resets; a 429 is retried after its Retry-After, a few times. Waits go
 * through the {@link Sleeper}, so tests pass time without waiting. A wait longer than
 * {@code maxWait} is not waited out: the request fails and says how long the instance asked for. Mastodon counts
 * its limits per account (and per address for unauthenticated calls), so each connected account's client gets a
 * pacer of its own.
 */
public final class Pacer {

    /** Waits; a test's sleeper moves its clock instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(15);

    private final Clock clock;
    private final Sleeper sleeper;
    private final int retriesAfter429;
    private final Duration maxWait;
    private final AtomicReference<Optional<RateLimit>> last = new AtomicReference<>(Optional.empty());

    public Pacer(Clock clock, Sleeper sleeper, int retriesAfter429, Duration maxWait) {
        this.clock = requireNonNull(clock, "clock");
        this.sleeper = requireNonNull(sleeper, "sleeper");
        this.retriesAfter429 = retriesAfter429;
        this.maxWait = requireNonNull(maxWait, "maxWait");
    }

    /** The system clock, real sleeps, three retries after a 429, waits up to 15 minutes. */
    public static Pacer system() {
        return new Pacer(Clock.systemUTC(), duration -> Thread.sleep(duration), 3, DEFAULT_MAX_WAIT);
    }

    public Clock clock() {
        return clock;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    /** The instance's limit as its last answer told it. */
    public Optional<RateLimit> lastRateLimit() {
        return last.get();
    }

    int retriesAfter429() {
        return retriesAfter429;
    }

    void beforeRequest(String request) {
        Optional<RateLimit> limit = last.get();
        if (limit.isPresent() && limit.get().exhausted()) {
            Instant now = clock.instant();
            if (limit.get().reset().isAfter(now)) {
                pause(request, Duration.between(now, limit.get().reset()), "its rate limit resets at " + limit.get().reset());
            }
            last.set(Optional.empty());
        }
    }

    void answered(RateLimit limit) {
        last.set(Optional.of(limit));
    }

    void pause(String request, Duration wait, String why) {
        if (wait.compareTo(maxWait) > 0) {
            throw MastodonApiException.unusable(request, "the instance asks Plaza to wait %s (%s), longer than the %s it waits at most; try again later"
                    .formatted(wait, why, maxWait));
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MastodonApiException.unusable(request, "interrupted while waiting for the rate limit");
        }
    }
}
