package dev.plaza.federation.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.Follows;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.vocab.Activity;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsWriter;
import dev.plaza.federation.vocab.Ref;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows both ways: a Follow of a local actor is stored and accepted at once (Plaza's actors do not
 * approve followers by hand); Undo of it removes the follower; Accept and Reject answer Plaza's own.
 */
final class Followers {

    private static final Logger LOG = LoggerFactory.getLogger(Followers.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Follows follows;
    private final DeliveryQueue deliveries;
    private final Recipients recipients;
    private final Records records;
    private final ActorUris uris;
    private final Clock clock;

    Followers(Follows follows, DeliveryQueue deliveries, Recipients recipients, Records records, ActorUris uris, Clock clock) {
        this.follows = follows;
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.records = records;
        this.uris = uris;
        this.clock = clock;
    }

    void follow(Arrival arrival) {
        Activity follow = arrival.activity();
        String target = follow.objectIri().orElseThrow(() -> Refused.badRequest("a Follow needs an object"));
        LocalActor followed = recipients.local(target)
                .filter(a -> arrival.recipients().stream().anyMatch(r -> r.id() == a.id()))
                .orElseThrow(() -> Refused.badRequest("%s follows %s, which is not an actor of this inbox".formatted(follow.actor().orElseThrow(), target)));
        Actor follower = arrival.actor();
        String inbox = follower.inbox().orElseThrow(() -> Refused.badRequest("%s has no inbox to accept to".formatted(follower.id())));
        follows.saveFollower(new Follow(followed.id(), follower.id(), inbox, follower.sharedInbox(), FollowState.ACCEPTED,
                follow.id(), clock.instant(), follower.acct()));
        records.relation(arrival, ActivityKind.FOLLOW, target);
        String acceptId = uris.actor(followed.username()) + "#accepts/" + shortHash(follow.id());
        deliveries.enqueue(new Delivery(followed.id(), acceptId, accept(acceptId, followed, follow, follower.id()),
                List.of(URI.create(inbox))));
        LOG.atInfo().addKeyValue("follower", follower.id()).addKeyValue("actor", followed.username()).log("new follower");
    }

    /** Undo of a Follow (the inner activity, trusted by {@link Undos}): the follower leaves. */
    void undo(Arrival arrival, Activity follow) {
        if (!follow.actor().equals(arrival.activity().actor())) {
            throw Refused.forbidden("%s undoes a Follow by someone else".formatted(arrival.activity().actor().orElseThrow()));
        }
        follow.objectIri().flatMap(recipients::local)
                .ifPresent(local -> follows.removeFollower(local.id(), arrival.actor().id()));
    }

    void accept(Arrival arrival) {
        answer(arrival, FollowState.ACCEPTED);
    }

    /**
     * The account refused the follow (or, as Mastodon's "remove follower" does, ended it): the follow
     * is marked rejected, and the refusal is recorded in the community, by the account, of the actor.
     */
    void reject(Arrival arrival) {
        answer(arrival, FollowState.REJECTED).flatMap(follow -> recipients.uriOf(follow.localActorId()))
                .ifPresent(actor -> records.relation(arrival, ActivityKind.REJECT, actor));
    }

    private Optional<Follow> answer(Arrival arrival, FollowState state) {
        // The object is Plaza's own Follow: only its id counts, looked up in the store, never the copy sent.
        String followId = arrival.activity().object().flatMap(Ref::iri)
                .orElseThrow(() -> Refused.badRequest("%s names no Follow".formatted(arrival.activity().id())));
        Optional<Follow> answered = follows.answerFollowing(followId, arrival.actor().id(), state);
        if (answered.isEmpty()) {
            LOG.atInfo().addKeyValue("follow", followId).log("an answer to a Follow Plaza did not send to this actor; ignored");
        }
        return answered;
    }

    private byte[] accept(String id, LocalActor followed, Activity follow, String follower) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("@context", AsWriter.ACTIVITYSTREAMS);
        doc.put("id", id).put("type", "Accept").put("actor", uris.actor(followed.username()));
        doc.putObject("object").put("id", follow.id()).put("type", "Follow").put("actor", follower)
                .put("object", uris.actor(followed.username()));
        doc.putArray("to").add(follower);
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
