package dev.plaza.atproto.xrpc;

import dev.plaza.atproto.AtprotoException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An XRPC call answered with an error status (atproto HTTP API spec: a JSON body with "error", the
 * error's name, and "message"). It keeps what a caller needs to decide what to do next: the name
 * and status, and the rate-limit and Retry-After headers, which the client reports and never sleeps on.
 */
public final class XrpcException extends AtprotoException {

    private final String nsid;
    private final int status;
    private final Optional<String> error;
    private final Optional<String> errorMessage;
    private final Optional<RateLimit> rateLimit;
    private final Optional<Duration> retryAfter;
    private final Instant receivedAt;

    XrpcException(String nsid, URI service, int status, Optional<String> error, Optional<String> errorMessage,
                  Optional<RateLimit> rateLimit, Optional<Duration> retryAfter, Instant receivedAt) {
        super(describe(nsid, service, status, error, errorMessage, retryAfter));
        this.nsid = nsid;
        this.status = status;
        this.error = error;
        this.errorMessage = errorMessage;
        this.rateLimit = rateLimit;
        this.retryAfter = retryAfter;
        this.receivedAt = receivedAt;
    }

    /** The method that failed, e.g. "com.atproto.repo.createRecord". */
    public String nsid() {
        return nsid;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The error's name, e.g. "ExpiredToken" or "RateLimitExceeded", when the body had one. */
    public Optional<String> error() {
        return error;
    }

    /** The server's human-readable message, when the body had one. */
    public Optional<String> errorMessage() {
        return errorMessage;
    }

    public boolean isError(String name) {
        return error.filter(name::equals).isPresent();
    }

    /** An access token the server no longer takes: expired, or not (or no longer) valid. */
    public boolean isTokenRejected() {
        return isError("ExpiredToken") || isError("InvalidToken");
    }

    public boolean isRateLimited() {
        return status == 429 || isError("RateLimitExceeded");
    }

    public Optional<RateLimit> rateLimit() {
        return rateLimit;
    }

    /** The Retry-After header (RFC 9110 §10.2.3), as a delay from when the response arrived. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /**
     * The earliest time a retry may succeed: after Retry-After when the server sent one, else at the
     * rate limit's reset when the limit is used up; empty when the server said neither.
     */
    public Optional<Instant> retryNotBefore() {
        return retryAfter.map(receivedAt::plus)
                .or(() -> rateLimit.filter(RateLimit::isExhausted).map(RateLimit::reset));
    }

    private static String describe(String nsid, URI service, int status, Optional<String> error,
                                   Optional<String> errorMessage, Optional<Duration> retryAfter) {
        return "%s at %s answered %d%s%s%s".formatted(nsid, service, status, error.map(e -> " " + e).orElse(""),
                errorMessage.map(m -> ": " + m).orElse(""),
                retryAfter.map(d -> " (retry after %d s)".formatted(d.toSeconds())).orElse(""));
    }
}
