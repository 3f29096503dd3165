package dev.plaza.core.bluesky;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The access and refresh tokens a PDS issued to an account, as the store keeps them (sealed at rest).
 * {@link #toString()} shows neither token.
 */
public record AtprotoSessionTokens(String did, String handle, String service, String accessJwt, String refreshJwt,
        Instant updatedAt) {

    public AtprotoSessionTokens {
        requireNonNull(did, "did");
        requireNonNull(handle, "handle");
        requireNonNull(service, "service");
        requireNonNull(accessJwt, "accessJwt");
        requireNonNull(refreshJwt, "refreshJwt");
        requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public String toString() {
        return "session of %s at %s, updated %s".formatted(did, service, updatedAt);
    }
}
