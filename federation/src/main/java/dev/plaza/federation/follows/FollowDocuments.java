package dev.plaza.federation.follows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.vocab.AsWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Follows as ActivityStreams: the Follow a local actor sends, its Undo (unfollowing) and the Reject
 * of a follower's Follow (removing the follower, as Mastodon's "remove follower" does). Undo and
 * Reject embed the Follow, as Mastodon's do: Plaza serves no document at a Follow's id, and the
 * other server needs none.
 */
final class FollowDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActorUris uris;

    FollowDocuments(ActorUris uris) {
        this.uris = uris;
    }

    String newFollowId(LocalActor follower) {
        return uris.actor(follower.username()) + "#follows/" + UUID.randomUUID();
    }

    byte[] follow(String id, LocalActor follower, String target) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("@context", AsWriter.ACTIVITYSTREAMS);
        followBody(doc, id, uris.actor(follower.username()), target);
        return bytes(doc);
    }

    /** The Undo of a follow {@code follower} made; its id is the Follow's with {@code /undo}, one per Follow. */
    static String undoId(Follow following) {
        return following.followActivityId() + "/undo";
    }

    byte[] undo(LocalActor follower, Follow following) {
        String actor = uris.actor(follower.username());
        ObjectNode doc = JSON.createObjectNode();
        doc.put("@context", AsWriter.ACTIVITYSTREAMS);
        doc.put("id", undoId(following)).put("type", "Undo").put("actor", actor);
        followBody(doc.putObject("object"), following.followActivityId(), actor, following.remoteActorUri());
        doc.putArray("to").add(following.remoteActorUri());
        return bytes(doc);
    }

    String newRejectId(LocalActor followed) {
        return uris.actor(followed.username()) + "#rejects/follows/" + UUID.randomUUID();
    }

    /** The Reject of a follower's Follow: the Follow as the follower sent it, by its id. */
    byte[] reject(String id, LocalActor followed, Follow follower) {
        String actor = uris.actor(followed.username());
        ObjectNode doc = JSON.createObjectNode();
        doc.put("@context", AsWriter.ACTIVITYSTREAMS);
        doc.put("id", id).put("type", "Reject").put("actor", actor);
        followBody(doc.putObject("object"), follower.followActivityId(), follower.remoteActorUri(), actor);
        doc.putArray("to").add(follower.remoteActorUri());
        return bytes(doc);
    }

    private static void followBody(ObjectNode doc, String id, String actor, String object) {
        doc.put("id", id).put("type", "Follow").put("actor", actor).put("object", object);
        doc.putArray("to").add(object);
    }

    private static byte[] bytes(ObjectNode doc) {
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }
}
