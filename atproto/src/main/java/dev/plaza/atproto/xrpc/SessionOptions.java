package dev.plaza.atproto.xrpc;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;

/**
 * How a session keeps its tokens fresh.
 *
 * @param clock         what "now" is when checking a token's expiry
 * @param refreshMargin how long before the access token expires it is refreshed (at most half its lifetime)
 */
public record SessionOptions(Clock clock, Duration refreshMargin) {

    public static final SessionOptions DEFAULT = new SessionOptions(Clock.systemUTC(), Duration.ofMinutes(5));

    public SessionOptions {
        requireNonNull(clock, "clock");
        if (refreshMargin.isNegative()) {
            throw new IllegalArgumentException("the refresh margin must not be negative, not " + refreshMargin);
        }
    }
}
