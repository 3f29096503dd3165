package dev.plaza.app.config;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Plaza's whole configuration, typed. It comes from a file ({@code plaza.toml} or {@code plaza.yaml})
 * with {@code PLAZA_*} environment variables on top; {@link ConfigLoader} builds and checks it.
 *
 * @param requireSignedFetch serve posts and collections to signed GETs only (Mastodon's "authorized fetch")
 * @param deliveryDeadAfter  how long a delivery that keeps failing is retried before it is given up on
 */
public record PlazaConfig(
        String host,
        int port,
        URI publicUrl,
        Path home,
        Optional<String> databaseUrl,
        Optional<String> secretKey,
        LogFormat logFormat,
        boolean requireSignedFetch,
        Duration deliveryDeadAfter) {

    public static final Duration DELIVERY_DEAD_AFTER = Duration.ofDays(2);

    public enum LogFormat { TEXT, JSON }

    public PlazaConfig {
        requireNonNull(host, "host");
        requireNonNull(publicUrl, "publicUrl");
        requireNonNull(home, "home");
        requireNonNull(databaseUrl, "databaseUrl");
        requireNonNull(secretKey, "secretKey");
        requireNonNull(logFormat, "logFormat");
        requireNonNull(deliveryDeadAfter, "deliveryDeadAfter");
        if (deliveryDeadAfter.isNegative() || deliveryDeadAfter.isZero()) {
            throw new IllegalArgumentException("deliveryDeadAfter must be positive, got " + deliveryDeadAfter);
        }
    }

    public PlazaConfig withHome(Path newHome) {
        return new PlazaConfig(host, port, publicUrl, newHome, databaseUrl, secretKey, logFormat, requireSignedFetch,
                deliveryDeadAfter);
    }

    /** Cookies get the Secure flag when people reach Plaza over https. */
    public boolean secureCookies() {
        return "https".equalsIgnoreCase(publicUrl.getScheme());
    }
}
