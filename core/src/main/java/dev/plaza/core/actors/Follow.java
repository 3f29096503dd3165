package dev.plaza.core.actors;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A follow between a local actor and an account on another server, in either direction.
 *
 * @param remoteInbox       where to deliver to the remote actor
 * @param followActivityId  the id of the Follow activity: what an Accept, Reject or Undo names
 */
public record Follow(
        long localActorId,
        String remoteActorUri,
        String remoteInbox,
        Optional<String> remoteSharedInbox,
        FollowState state,
        String followActivityId,
        Instant since) {

    public Follow {
        requireNonNull(remoteActorUri, "remoteActorUri");
        requireNonNull(remoteInbox, "remoteInbox");
        requireNonNull(remoteSharedInbox, "remoteSharedInbox");
        requireNonNull(state, "state");
        requireNonNull(followActivityId, "followActivityId");
        requireNonNull(since, "since");
    }

    /** Where to deliver to the remote actor: its server's shared inbox when it has one, so a server gets each post once. */
    public String deliveryInbox() {
        return remoteSharedInbox.orElse(remoteInbox);
    }
}
