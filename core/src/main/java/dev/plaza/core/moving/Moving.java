package dev.plaza.core.moving;

import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.ingest.IngestBatch;
import java.time.Instant;
import java.util.List;

/**
 * An actor's moves between servers, as Mastodon users know them: the aliases that let an old
 * account move here, the move out to another account (and its undoing), the moves in that arrived,
 * and the followers expected to follow the brand here after its old account moved.
 * Each change commits with the delivery that announces it.
 */
public interface Moving {

    /** Replaces the actor's {@code alsoKnownAs} and queues the Update that tells its followers' servers. */
    LocalActor setAliases(long workspaceId, long actorId, List<String> aliases, Delivery update);

    /**
     * Sets {@code movedTo}, queues the Move to the followers and records the move in the
     * community; refused when the actor has already moved.
     */
    LocalActor moveOut(long workspaceId, long actorId, String target, Instant at, Delivery move, IngestBatch record);

    /** Clears {@code movedTo} (the team's explicit undo) and queues the Update of the actor. */
    LocalActor undoMove(long workspaceId, long actorId, Instant at, Delivery update);

    /** A verified Move of an alias to this actor arrived; true the first time, false for a repeat. */
    boolean recordMoveIn(long actorId, String source, String activityId, Instant at);

    /** The actor's moves in and out and their undoing, newest first. */
    List<MoveRecord> history(long actorId);

    /**
     * Adds followers of {@code oldAccount} (actor URIs) that should follow the actor after the move;
     * answers how many were new. Adding the same follower again adds nothing.
     */
    int expect(long actorId, String oldAccount, List<String> followerUris);

    /** For each old account: how many followers are expected and how many follow the actor now. */
    List<ExpectedFollowers> expected(long actorId);

    /** Forgets the followers expected from {@code oldAccount}; false if there were none. */
    boolean forgetExpected(long actorId, String oldAccount);
}
