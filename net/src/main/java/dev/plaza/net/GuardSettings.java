package dev.plaza.net;

import static java.util.Objects.requireNonNull;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Limits for every outbound request.
 *
 * @param allowLoopback    let requests reach 127.0.0.0/8 and ::1; for tests against local peers only.
 *                         It never opens any other private or link-local range.
 * @param maxResponseBytes a body longer than this is cut off and the request fails
 * @param connectTimeout   to open the TCP (and TLS) connection
 * @param requestTimeout   from sending a request to having the whole response body, per redirect hop
 * @param maxRedirects     redirects followed before giving up
 * @param extraTrustAnchors CAs trusted for HTTPS besides the JVM's own; empty in production, a test CA in
 *                         tests against local peers over HTTPS
 */
public record GuardSettings(boolean allowLoopback, long maxResponseBytes, Duration connectTimeout,
                            Duration requestTimeout, int maxRedirects, String userAgent,
                            List<X509Certificate> extraTrustAnchors) {

    public static final GuardSettings DEFAULT = new GuardSettings(false, 10L * 1024 * 1024,
            Duration.ofSeconds(5), Duration.ofSeconds(20), 5, "Plaza (+https://plaza.dev)", List.of());

    public GuardSettings {
        requireNonNull(connectTimeout, "connectTimeout");
        requireNonNull(requestTimeout, "requestTimeout");
        requireNonNull(userAgent, "userAgent");
        extraTrustAnchors = List.copyOf(extraTrustAnchors);
        if (maxResponseBytes <= 0 || maxRedirects < 0 || connectTimeout.isNegative() || connectTimeout.isZero()
                || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException(("guard limits must be positive: maxResponseBytes %d, maxRedirects %d, "
                    + "connectTimeout %s, requestTimeout %s").formatted(maxResponseBytes, maxRedirects, connectTimeout,
                    requestTimeout));
        }
    }

    /** Trusting only the JVM's CAs. */
    public GuardSettings(boolean allowLoopback, long maxResponseBytes, Duration connectTimeout, Duration requestTimeout,
                         int maxRedirects, String userAgent) {
        this(allowLoopback, maxResponseBytes, connectTimeout, requestTimeout, maxRedirects, userAgent, List.of());
    }

    /** The defaults with loopback allowed: only for tests that talk to peers on 127.0.0.1. */
    public static GuardSettings forLoopbackTests() {
        return DEFAULT.withAllowLoopback(true);
    }

    public GuardSettings withAllowLoopback(boolean allow) {
        return new GuardSettings(allow, maxResponseBytes, connectTimeout, requestTimeout, maxRedirects, userAgent,
                extraTrustAnchors);
    }

    public GuardSettings withMaxResponseBytes(long bytes) {
        return new GuardSettings(allowLoopback, bytes, connectTimeout, requestTimeout, maxRedirects, userAgent,
                extraTrustAnchors);
    }

    public GuardSettings withTimeouts(Duration connect, Duration request) {
        return new GuardSettings(allowLoopback, maxResponseBytes, connect, request, maxRedirects, userAgent,
                extraTrustAnchors);
    }

    /** Also trusts these CAs for HTTPS (the JVM's own stay trusted): for tests with peers that use a test CA. */
    public GuardSettings withExtraTrustAnchors(Collection<X509Certificate> anchors) {
        return new GuardSettings(allowLoopback, maxResponseBytes, connectTimeout, requestTimeout, maxRedirects, userAgent,
                List.copyOf(anchors));
    }
}
