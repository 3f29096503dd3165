package dev.plaza.federation.inbox;

import dev.plaza.core.Store;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.Follows;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.core.moving.Moving;
import dev.plaza.federation.follows.Following;
import dev.plaza.federation.vocab.Activity;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.Ref;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Like, Announce and Move: verified, recorded, and for Move, checked against the target's aliases. */
final class Reactions {

    private static final Logger LOG = LoggerFactory.getLogger(Reactions.class);

    private final Records records;
    private final RemoteObjects remote;
    private final Follows follows;
    private final LocalActors actors;
    private final Moving moving;
    private final Recipients recipients;
    private final Following following;
    private final Clock clock;

    Reactions(Records records, RemoteObjects remote, Store store, Recipients recipients, Following following, Clock clock) {
        this.records = records;
        this.remote = remote;
        this.follows = store.follows();
        this.actors = store.localActors();
        this.moving = store.moving();
        this.recipients = recipients;
        this.following = following;
        this.clock = clock;
    }

    void like(Arrival arrival) {
        records.relation(arrival, ActivityKind.LIKE, object(arrival.activity()));
    }

    void announce(Arrival arrival) {
        records.relation(arrival, ActivityKind.REPOST, object(arrival.activity()));
    }

    /**
     * Honoured only when the target names the source in {@code alsoKnownAs}; otherwise refused (403).
     * Plaza's actors that followed the source follow the target instead, as Mastodon's accounts do.
     */
    void move(Arrival arrival) {
        Activity move = arrival.activity();
        String source = object(move);
        if (!source.equals(arrival.actor().id())) {
            throw Refused.forbidden("%s announces a move of %s".formatted(arrival.actor().id(), source));
        }
        String targetIri = move.target().flatMap(Ref::iri).orElseThrow(() -> Refused.badRequest("a Move needs a target"));
        Optional<LocalActor> local = recipients.local(targetIri);
        if (local.isPresent()) {
            moveIn(arrival, source, local.get());
            return;
        }
        Actor target = remote.freshActor(targetIri);
        if (!target.alsoKnownAs().contains(source)) {
            throw Refused.forbidden("%s does not name %s in alsoKnownAs; the move is not honoured".formatted(targetIri, source));
        }
        remote.forget(source);
        for (Follow old : follows.followingOf(source)) {
            actors.find(old.localActorId()).ifPresent(actor -> {
                following.follow(actor, target.id());
                follows.removeFollowing(actor.id(), source);
            });
        }
        LOG.atInfo().addKeyValue("from", source).addKeyValue("to", targetIri).log("move verified and followed");
    }

    /**
     * An old account of one of Plaza's actors moved here: honoured only when the actor names it in
     * alsoKnownAs, then recorded; its followers' servers follow the actor on their own.
     */
    private void moveIn(Arrival arrival, String source, LocalActor target) {
        if (!target.alsoKnownAs().contains(source)) {
            throw Refused.forbidden("@%s does not name %s in alsoKnownAs; the move is not honoured"
                    .formatted(target.username(), source));
        }
        if (moving.recordMoveIn(target.id(), source, arrival.activity().id(), clock.instant())) {
            records.relation(arrival, ActivityKind.MOVE, recipients.uriOf(target));
        }
        LOG.atInfo().addKeyValue("from", source).addKeyValue("to", target.username()).log("an alias moved here");
    }

    private static String object(Activity activity) {
        return activity.objectIri().orElseThrow(() -> Refused.badRequest("%s needs an object".formatted(activity.type())));
    }
}
