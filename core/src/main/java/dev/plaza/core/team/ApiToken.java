package dev.plaza.core.team;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A bearer token for the REST API, as the store keeps it: only a hash of the secret is stored, and
 * {@code prefix} (the first characters) lets people tell tokens apart.
 */
public record ApiToken(
        long id,
        long workspaceId,
        String name,
        Role role,
        String prefix,
        Instant createdAt,
        Optional<Instant> lastUsedAt,
        Optional<Instant> revokedAt) {

    public ApiToken {
        requireNonNull(name, "name");
        requireNonNull(role, "role");
        requireNonNull(prefix, "prefix");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(lastUsedAt, "lastUsedAt");
        requireNonNull(revokedAt, "revokedAt");
    }

    public boolean active() {
        return revokedAt.isEmpty();
    }
}
