package dev.plaza.web.auth;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One browser's session. Before login it only carries the CSRF token of the login form; logging
 * in replaces it with a new session (a new id) that names the team member.
 */
public final class Session {

    private final String id;
    private final Optional<Long> memberId;
    private final String csrfToken;
    private final Instant createdAt;
    private volatile Instant lastSeen;
    private final Map<String, Flash> flashes;

    Session(String id, Optional<Long> memberId, String csrfToken, Instant createdAt, Instant lastSeen,
            Map<String, Flash> flashes) {
        this.id = id;
        this.memberId = memberId;
        this.csrfToken = csrfToken;
        this.createdAt = createdAt;
        this.lastSeen = lastSeen;
        this.flashes = flashes;
    }

    public String id() {
        return id;
    }

    public Optional<Long> memberId() {
        return memberId;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Instant createdAt() {
        return createdAt;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void touch(Instant now) {
        lastSeen = now;
    }

    /** Leaves a one-time message for the next page this session sees (post/redirect/get). */
    public void flash(String message, boolean error) {
        flashes.put(id, new Flash(message, error));
    }

    /** The pending one-time message, removing it. */
    public Optional<Flash> takeFlash() {
        return Optional.ofNullable(flashes.remove(id));
    }

    /** A one-time message shown at the top of the next page. */
    public record Flash(String message, boolean error) {
    }
}
