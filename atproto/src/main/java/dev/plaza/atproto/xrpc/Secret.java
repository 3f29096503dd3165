package dev.plaza.atproto.xrpc;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A password or token: compared in constant time and never shown by {@link #toString()}. */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a secret may not be empty");
        }
        return new Secret(value);
    }

    /** The secret itself, for the one place that sends it. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "[redacted]";
    }
}
