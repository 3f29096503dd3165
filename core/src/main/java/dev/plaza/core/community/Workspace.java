package dev.plaza.core.community;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The brand: one Plaza can host several. A demo workspace holds generated data and says so everywhere. */
public record Workspace(long id, String slug, String name, boolean demo, Instant createdAt) {

    public Workspace {
        requireNonNull(slug, "slug");
        requireNonNull(name, "name");
        requireNonNull(createdAt, "createdAt");
        if (!slug.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException(
                    "workspace slug '%s' must be 1-63 lower-case letters, digits or '-'".formatted(slug));
        }
    }
}
