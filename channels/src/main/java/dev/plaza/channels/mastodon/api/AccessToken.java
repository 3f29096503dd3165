package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** A user's token from "POST /oauth/token" (Mastodon docs, "Token" entity), and the scopes it was granted. */
public record AccessToken(String value, Scopes scopes, Optional<Instant> createdAt) {

    public AccessToken {
        requireNonNull(value, "value");
        requireNonNull(scopes, "scopes");
        requireNonNull(createdAt, "createdAt");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an access token cannot be blank");
        }
    }

    @Override
    public String toString() {
        return "AccessToken[value=(hidden), scopes=%s, createdAt=%s]".formatted(scopes, createdAt);
    }
}
