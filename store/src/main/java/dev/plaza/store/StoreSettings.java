package dev.plaza.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to reach the database: an external PostgreSQL by URL, or (when absent) the embedded server
 * with its data under {@code home}. The secret key encrypts channel credentials.
 */
public record StoreSettings(Optional<String> databaseUrl, Path home, String secretKey) {

    public StoreSettings {
        requireNonNull(databaseUrl, "databaseUrl");
        requireNonNull(home, "home");
        requireNonNull(secretKey, "secretKey");
    }
}
