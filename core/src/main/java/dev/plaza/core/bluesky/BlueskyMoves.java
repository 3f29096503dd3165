package dev.plaza.core.bluesky;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The moves of the workspaces' Bluesky accounts to other PDSs, one per workspace at a time, with the
 * passwords their remaining steps need sealed at rest until the move completes or is cancelled.
 */
public interface BlueskyMoves {

    Optional<BlueskyMove> find(long workspaceId);

    /**
     * Keeps a new move and its secrets, replacing a completed one; refuses (a {@link dev.plaza.core.PlazaException})
     * while another move of the workspace is under way.
     */
    BlueskyMove start(BlueskyMove move, BlueskyMoveSecrets secrets);

    /** The secrets, unsealed; empty once the move completed or was cancelled. */
    Optional<BlueskyMoveSecrets> secrets(long workspaceId);

    /** Keeps how far the move has come; answers false when there is no move under way (it was cancelled). */
    boolean saveState(long workspaceId, String state, Instant at);

    /** Remembers what the failed step said, or clears it (empty) once a step succeeds. */
    void recordError(long workspaceId, Optional<String> error, Instant at);

    /** Keeps the final state and forgets the secrets. */
    void complete(long workspaceId, String state, Instant at);

    /** Forgets the move and its secrets; answers whether there was one. */
    boolean cancel(long workspaceId);

    /** The moves under way in every workspace, to carry on after a restart. */
    List<BlueskyMove> unfinished();
}
