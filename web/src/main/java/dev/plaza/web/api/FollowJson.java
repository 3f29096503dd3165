package dev.plaza.web.api;

import dev.plaza.core.actors.ListedFollow;
import java.time.Instant;

/** A follow, either way: the account followed (or following), and where the follow stands. */
record FollowJson(long id, String account, String actor, String state, Instant since) {

    static FollowJson of(ListedFollow listed) {
        var f = listed.follow();
        return new FollowJson(listed.id(), f.label(), f.remoteActorUri(), f.state().key(), f.since());
    }
}
