package dev.plaza.atproto.xrpc;

import dev.plaza.net.Headers;
import java.time.Instant;
import java.util.Optional;

/**
 * The rate-limit headers a PDS sends (ratelimit-limit, -remaining, -reset, -policy; the reset is in
 * epoch seconds, as the reference PDS writes it).
 */
public record RateLimit(long limit, long remaining, Instant reset, Optional<String> policy) {

    /** The limit from the response's headers, when all of limit, remaining and reset are there and numbers. */
    static Optional<RateLimit> from(Headers headers) {
        Optional<Long> limit = number(headers, "ratelimit-limit");
        Optional<Long> remaining = number(headers, "ratelimit-remaining");
        Optional<Long> reset = number(headers, "ratelimit-reset");
        if (limit.isEmpty() || remaining.isEmpty() || reset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RateLimit(limit.get(), remaining.get(), Instant.ofEpochSecond(reset.get()),
                headers.first("ratelimit-policy").map(String::strip)));
    }

    public boolean isExhausted() {
        return remaining <= 0;
    }

    private static Optional<Long> number(Headers headers, String name) {
        try {
            return headers.first(name).map(String::strip).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
