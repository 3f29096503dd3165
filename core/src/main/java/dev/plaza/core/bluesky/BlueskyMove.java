package dev.plaza.core.bluesky;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A workspace's Bluesky account moving to another PDS, as the store keeps it; the passwords it needs
 * are kept apart ({@link BlueskyMoveSecrets}) and never part of this record.
 *
 * @param state       how far the move has come, as the atproto module writes it (JSON without secrets)
 * @param startedBy   the team member who started it (their email)
 * @param completedAt when it completed; the passwords are forgotten then
 * @param lastError   what the last step that failed said, until a step next succeeds
 */
public record BlueskyMove(long workspaceId, String did, String oldPdsUrl, String newPdsUrl, String newHandle, String email,
        String state, Instant startedAt, String startedBy, Instant updatedAt, Optional<Instant> completedAt,
        Optional<String> lastError) {

    public BlueskyMove {
        requireNonNull(did, "did");
        requireNonNull(oldPdsUrl, "oldPdsUrl");
        requireNonNull(newPdsUrl, "newPdsUrl");
        requireNonNull(newHandle, "newHandle");
        requireNonNull(email, "email");
        requireNonNull(state, "state");
        requireNonNull(startedAt, "startedAt");
        requireNonNull(startedBy, "startedBy");
        requireNonNull(updatedAt, "updatedAt");
        requireNonNull(completedAt, "completedAt");
        requireNonNull(lastError, "lastError");
    }

    public boolean completed() {
        return completedAt.isPresent();
    }
}
