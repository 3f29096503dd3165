package dev.plaza.web;

import static java.util.Objects.requireNonNull;

/**
 * Where the web server listens and how it presents itself. {@code port} 0 picks a free port;
 * {@code secureCookies} marks the session cookie Secure (set it whenever Plaza is reached over HTTPS).
 */
public record WebSettings(String host, int port, String publicBaseUrl, boolean secureCookies) {

    public WebSettings {
        requireNonNull(host, "host");
        requireNonNull(publicBaseUrl, "publicBaseUrl");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must lie between 0 and 65535, got " + port);
        }
    }

    /** Loopback on a random port, plain HTTP: what tests use. */
    public static WebSettings forTests() {
        return new WebSettings("127.0.0.1", 0, "http://127.0.0.1", false);
    }
}
