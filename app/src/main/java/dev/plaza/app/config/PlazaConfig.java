package dev.plaza.app.config;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Plaza's whole configuration, typed. It comes from a file ({@code plaza.toml} or {@code plaza.yaml})
 * with {@code PLAZA_*} environment variables on top; {@link ConfigLoader} builds and checks it.
 */
public record PlazaConfig(
        String host,
        int port,
        URI publicUrl,
        Path home,
        Optional<String> databaseUrl,
        Optional<String> secretKey,
        LogFormat logFormat) {

    public enum LogFormat { TEXT, JSON }

    public PlazaConfig {
        requireNonNull(host, "host");
        requireNonNull(publicUrl, "publicUrl");
        requireNonNull(home, "home");
        requireNonNull(databaseUrl, "databaseUrl");
        requireNonNull(secretKey, "secretKey");
        requireNonNull(logFormat, "logFormat");
    }

    public PlazaConfig withHome(Path newHome) {
        return new PlazaConfig(host, port, publicUrl, newHome, databaseUrl, secretKey, logFormat);
    }

    /** Cookies get the Secure flag when people reach Plaza over https. */
    public boolean secureCookies() {
        return "https".equalsIgnoreCase(publicUrl.getScheme());
    }
}
