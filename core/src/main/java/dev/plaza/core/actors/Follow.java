package dev.plaza.core.actors;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A follow between a local actor and an account on another server, in either direction.
 *
 * @param remoteInbox       where to deliver to the remote actor
 * @param followActivityId  the id of the Follow activity: what an Accept, Reject or Undo names
 * @param remoteAcct        the remote account's address ({@code name@host}) when it was known, to show
 */
public record Follow(
        long localActorId,
        String remoteActorUri,
        String remoteInbox,
        Optional<String> remoteSharedInbox,
        FollowState state,
        String followActivityId,
        Instant since,
        Optional<String> remoteAcct) {

    public Follow {
        requireNonNull(remoteActorUri, "remoteActorUri");
        requireNonNull(remoteInbox, "remoteInbox");
        requireNonNull(remoteSharedInbox, "remoteSharedInbox");
        requireNonNull(state, "state");
        requireNonNull(followActivityId, "followActivityId");
        requireNonNull(since, "since");
        requireNonNull(remoteAcct, "remoteAcct");
    }

    /** A follow of an account whose address is not known (only its actor URI). */
    public Follow(long localActorId, String remoteActorUri, String remoteInbox, Optional<String> remoteSharedInbox,
            FollowState state, String followActivityId, Instant since) {
        this(localActorId, remoteActorUri, remoteInbox, remoteSharedInbox, state, followActivityId, since, Optional.empty());
    }

    /** Where to deliver to the remote actor: its server's shared inbox when it has one, so a server gets each post once. */
    public String deliveryInbox() {
        return remoteSharedInbox.orElse(remoteInbox);
    }

    /** The account as people name it: {@code @name@host} when its address is known, else its actor URI. */
    public String label() {
        return remoteAcct.map(a -> "@" + a).orElse(remoteActorUri);
    }
}
