package dev.plaza.channels.mastodon.api;

import dev.plaza.net.Headers;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What an instance said of its rate limit for the token (Mastodon docs, "Rate limits":
 * {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining}, {@code X-RateLimit-Reset} as an ISO 8601 time).
 */
public record RateLimit(long limit, long remaining, Instant reset) {

    /** The three headers, when the answer carried all of them readably; an instance may send none. */
    static Optional<RateLimit> from(Headers headers) {
        Optional<Long> limit = number(headers, "x-ratelimit-limit");
        Optional<Long> remaining = number(headers, "x-ratelimit-remaining");
        Optional<Instant> reset = headers.first("x-ratelimit-reset").flatMap(RateLimit::time);
        if (limit.isEmpty() || remaining.isEmpty() || reset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RateLimit(limit.get(), remaining.get(), reset.get()));
    }

    boolean exhausted() {
        return remaining <= 0;
    }

    private static Optional<Long> number(Headers headers, String name) {
        return headers.first(name).map(String::strip).filter(v -> v.matches("[0-9]{1,12}")).map(Long::parseLong);
    }

    private static Optional<Instant> time(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
