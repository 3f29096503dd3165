package dev.plaza.web;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the web server listens and how it presents itself. {@code port} 0 picks a free port;
 * {@code secureCookies} marks the session cookie Secure (set it whenever Plaza is reached over HTTPS).
 * {@code tls} makes the port serve HTTPS itself; without it (the default) it serves plain HTTP, for a
 * reverse proxy in front that terminates TLS. {@code inboxHeartbeat} is how often a quiet inbox
 * event stream sends a comment, so that proxies keep it open and departed clients are noticed.
 */
public record WebSettings(String host, int port, String publicBaseUrl, boolean secureCookies,
                          Optional<TlsSettings> tls, Duration inboxHeartbeat) {

    public static final Duration INBOX_HEARTBEAT = Duration.ofSeconds(15);

    public WebSettings {
        requireNonNull(host, "host");
        requireNonNull(publicBaseUrl, "publicBaseUrl");
        requireNonNull(tls, "tls");
        if (inboxHeartbeat.isNegative() || inboxHeartbeat.isZero()) {
            throw new IllegalArgumentException("the inbox heartbeat must be positive, got " + inboxHeartbeat);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must lie between 0 and 65535, got " + port);
        }
    }

    /** Plain HTTP. */
    public WebSettings(String host, int port, String publicBaseUrl, boolean secureCookies) {
        this(host, port, publicBaseUrl, secureCookies, Optional.empty(), INBOX_HEARTBEAT);
    }

    /** With the default inbox heartbeat. */
    public WebSettings(String host, int port, String publicBaseUrl, boolean secureCookies, Optional<TlsSettings> tls) {
        this(host, port, publicBaseUrl, secureCookies, tls, INBOX_HEARTBEAT);
    }

    /** The same, with quiet inbox event streams sending a heartbeat this often. */
    public WebSettings withInboxHeartbeat(Duration every) {
        return new WebSettings(host, port, publicBaseUrl, secureCookies, tls, every);
    }

    /** The same, serving HTTPS with this certificate and key. */
    public WebSettings withTls(TlsSettings settings) {
        return new WebSettings(host, port, publicBaseUrl, secureCookies, Optional.of(settings), inboxHeartbeat);
    }

    /** Loopback on a random port, plain HTTP: what tests use. */
    public static WebSettings forTests() {
        return new WebSettings("127.0.0.1", 0, "http://127.0.0.1", false);
    }
}
