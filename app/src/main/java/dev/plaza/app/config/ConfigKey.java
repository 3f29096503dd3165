package dev.plaza.app.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Every configuration key, with its environment variable and what it accepts. */
enum ConfigKey {
    HOST("host", "an interface to listen on, e.g. 0.0.0.0 or 127.0.0.1"),
    PORT("port", "a number between 1 and 65535"),
    PUBLIC_URL("public_url", "the http(s) URL people use to reach Plaza, e.g. https://community.example.com"),
    HOME("home", "a folder for Plaza's data, e.g. /var/lib/plaza"),
    DATABASE_URL("database_url", "postgres://user:password@host:5432/database (absent: the embedded PostgreSQL)"),
    SECRET_KEY("secret_key", "at least 16 characters (absent: generated once and kept in HOME/secret.key)"),
    LOG_FORMAT("log_format", "text or json"),
    REQUIRE_SIGNED_FETCH("require_signed_fetch", "true or false"),
    DELIVERY_DEAD_AFTER("delivery_dead_after", "a duration in minutes, hours or days, e.g. 30m, 48h or 2d");

    final String key;
    final String accepts;

    ConfigKey(String key, String accepts) {
        this.key = key;
        this.accepts = accepts;
    }

    String envVar() {
        return "PLAZA_" + key.toUpperCase(Locale.ROOT);
    }

    static Optional<ConfigKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    static String allKeys() {
        return String.join(", ", Arrays.stream(values()).map(k -> k.key).toList());
    }
}
