package dev.plaza.federation.follows;

import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.Follows;
import java.net.URI;
import java.util.List;

/** Where an actor's followers receive what it sends them: each server's shared inbox once. */
public final class FollowerInboxes {

    private FollowerInboxes() {
    }

    public static List<URI> of(Follows follows, long actorId) {
        return inboxes(accepted(follows, actorId));
    }

    /** The followers whose follow was accepted: those who receive the actor's posts. */
    public static List<Follow> accepted(Follows follows, long actorId) {
        return follows.followers(actorId).stream().filter(f -> f.state() == FollowState.ACCEPTED).toList();
    }

    public static List<URI> inboxes(List<Follow> followers) {
        return followers.stream().map(Follow::deliveryInbox).map(URI::create).distinct().toList();
    }
}
