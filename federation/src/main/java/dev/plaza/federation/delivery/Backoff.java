package dev.plaza.federation.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** When to try again: exponential backoff with jitter, or what the server's Retry-After says. */
final class Backoff {

    private Backoff() {
    }

    /** base × 2^attempts, capped, then a random point in its upper half so retries of a fan-out spread out. */
    static Duration after(int attempts, Duration base, Duration cap) {
        Duration full = doubled(base, attempts, cap);
        long half = full.toMillis() / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    static Duration doubled(Duration base, int times, Duration cap) {
        if (times >= 40) {
            return cap;
        }
        long millis = base.toMillis();
        long factor = 1L << Math.max(0, times);
        return millis > cap.toMillis() / factor ? cap : Duration.ofMillis(millis * factor);
    }

    /** RFC 9110 §10.2.3: delay-seconds or an HTTP-date; empty when absent or unreadable. */
    static Optional<Instant> retryAfter(Optional<String> header, Instant now) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        try {
            if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
                return Optional.of(now.plusSeconds(Long.parseLong(value)));
            }
            return Optional.of(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value)));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
