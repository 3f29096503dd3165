package dev.plaza.federation.inbox;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.Follows;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.federation.follows.Following;
import dev.plaza.federation.vocab.Activity;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.Ref;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Like, Announce, Block, Flag and Move: verified, recorded, and for Move, checked against the target's aliases. */
final class Reactions {

    private static final Logger LOG = LoggerFactory.getLogger(Reactions.class);

    private final Records records;
    private final RemoteObjects remote;
    private final Follows follows;
    private final LocalActors actors;
    private final Following following;

    Reactions(Records records, RemoteObjects remote, Follows follows, LocalActors actors, Following following) {
        this.records = records;
        this.remote = remote;
        this.follows = follows;
        this.actors = actors;
        this.following = following;
    }

    void like(Arrival arrival) {
        records.relation(arrival, ActivityKind.LIKE, object(arrival.activity()));
    }

    void announce(Arrival arrival) {
        records.relation(arrival, ActivityKind.REPOST, object(arrival.activity()));
    }

    void block(Arrival arrival) {
        records.relation(arrival, ActivityKind.BLOCK, object(arrival.activity()));
    }

    /** A report reaches the team through the log; there is no moderation queue yet. */
    void flag(Arrival arrival) {
        LOG.atWarn().addKeyValue("actor", arrival.actor().id()).addKeyValue("object", object(arrival.activity()))
                .log("a report (Flag) arrived");
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

    private static String object(Activity activity) {
        return activity.objectIri().orElseThrow(() -> Refused.badRequest("%s needs an object".formatted(activity.type())));
    }
}
