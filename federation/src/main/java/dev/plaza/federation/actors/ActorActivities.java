package dev.plaza.federation.actors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.core.actors.Follows;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.federation.follows.FollowerInboxes;
import dev.plaza.federation.vocab.AsWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * What an actor tells its followers about itself: an {@code Update} carrying its new actor document
 * (servers refresh its profile, aliases and movedTo from it) and the {@code Move} to its new
 * account, each as one delivery to every follower's server once.
 */
public final class ActorActivities {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    private final ActorUris uris;
    private final ActorDocument documents;
    private final Follows follows;

    public ActorActivities(ActorUris uris, Follows follows) {
        this.uris = uris;
        this.documents = new ActorDocument(uris);
        this.follows = follows;
    }

    /** {@code Update} of the actor as {@code actor} describes it (its changed state, not yet stored). */
    public Delivery update(LocalActor actor, Instant at) {
        String self = uris.actor(actor.username());
        ObjectNode document = documents.render(actor);
        ObjectNode update = JSON.createObjectNode();
        update.set("@context", document.remove("@context"));
        update.put("id", self + "#updates/" + at.toEpochMilli()).put("type", "Update").put("actor", self);
        update.putArray("to").add(PUBLIC);
        update.putArray("cc").add(uris.followers(actor.username()));
        update.set("object", document);
        return toFollowers(actor, update);
    }

    /** {@code Move{actor: self, object: self, target}}, as Mastodon sends it to the moving account's followers. */
    public Delivery move(LocalActor actor, String target, Instant at) {
        String self = uris.actor(actor.username());
        ObjectNode move = JSON.createObjectNode();
        move.put("@context", AsWriter.ACTIVITYSTREAMS);
        move.put("id", moveId(actor, at)).put("type", "Move").put("actor", self).put("object", self).put("target", target);
        move.putArray("to").add(uris.followers(actor.username()));
        return toFollowers(actor, move);
    }

    private String moveId(LocalActor actor, Instant at) {
        return uris.actor(actor.username()) + "#moves/" + at.toEpochMilli();
    }

    private Delivery toFollowers(LocalActor actor, ObjectNode activity) {
        return new Delivery(actor.id(), activity.path("id").asText(), activity.toString().getBytes(StandardCharsets.UTF_8),
                FollowerInboxes.of(follows, actor.id()));
    }
}
