package dev.plaza.federation.vocab;

import static java.util.Objects.requireNonNull;

/** A profile field (schema.org PropertyValue, as Mastodon sends them); {@code value} is sanitized HTML. */
public record PropertyValue(String name, String value) {

    public PropertyValue {
        requireNonNull(name, "name");
        requireNonNull(value, "value");
    }
}
