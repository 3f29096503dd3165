package dev.plaza.core.team;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A team member's login session as it is kept: the session id only as a hash, so that a copy of
 * the database lets nobody in.
 */
public record TeamSession(String idHash, long memberId, String csrfToken, Instant createdAt, Instant lastSeen) {

    public TeamSession {
        requireNonNull(idHash, "idHash");
        requireNonNull(csrfToken, "csrfToken");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(lastSeen, "lastSeen");
    }
}
