package dev.plaza.federation.inbox;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.actors.Follows;
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

    Reactions(Records records, RemoteObjects remote, Follows follows) {
        this.records = records;
        this.remote = remote;
        this.follows = follows;
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
        // Re-following the target needs the outbox (a Follow sent as each local follower): not built yet.
        LOG.atInfo().addKeyValue("from", source).addKeyValue("to", targetIri)
                .addKeyValue("localFollowers", follows.followingOf(source).size()).log("move verified");
    }

    private static String object(Activity activity) {
        return activity.objectIri().orElseThrow(() -> Refused.badRequest("%s needs an object".formatted(activity.type())));
    }
}
