package dev.plaza.core.team;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A person on the brand's team who can log in to Plaza. */
public record TeamMember(long id, long workspaceId, String email, String displayName, Role role, Instant createdAt) {

    public TeamMember {
        requireNonNull(email, "email");
        requireNonNull(displayName, "displayName");
        requireNonNull(role, "role");
        requireNonNull(createdAt, "createdAt");
    }
}
