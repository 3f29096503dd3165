package dev.plaza.federation.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.federation.signatures.ActorKeys;
import dev.plaza.federation.signatures.DraftCavageSigner;
import dev.plaza.federation.signatures.Rfc9421Signer;
import dev.plaza.federation.signatures.SigningKey;
import dev.plaza.net.Headers;
import dev.plaza.net.SignableRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;

/** An account on a {@link RemoteServer}, with an RSA key, that signs what it sends to Plaza. */
final class RemoteActor {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final KeyPair KEYS = ActorKeys.generateRsa();

    final String id;
    final String name;
    final RemoteServer server;
    private final KeyPair keys;

    RemoteActor(RemoteServer server, String name) {
        this(server, name, KEYS);
    }

    private RemoteActor(RemoteServer server, String name, KeyPair keys) {
        this.server = server;
        this.name = name;
        this.id = server.url("/users/" + name);
        this.keys = keys;
        server.put("/users/" + name, document().toString());
    }

    /** The same actor id, signing with a key its server never published. */
    RemoteActor forger() {
        RemoteActor forger = new RemoteActor(server, name, ActorKeys.generateRsa());
        server.put("/users/" + name, document().toString()); // the real key stays published
        return forger;
    }

    ObjectNode document() {
        ObjectNode doc = JSON.createObjectNode();
        doc.putArray("@context").add("https://www.w3.org/ns/activitystreams").add("https://w3id.org/security/v1");
        doc.put("id", id).put("type", "Person").put("preferredUsername", name).put("name", name.toUpperCase())
                .put("inbox", id + "/inbox").put("outbox", id + "/outbox").put("followers", id + "/followers")
                .put("following", id + "/following");
        doc.putObject("publicKey").put("id", id + "#main-key").put("owner", id)
                .put("publicKeyPem", ActorKeys.toPem(keys.getPublic()));
        return doc;
    }

    /** A new activity document by this actor, with {@code @context}, id and actor set. */
    ObjectNode activity(String type, String idPath) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("@context", "https://www.w3.org/ns/activitystreams");
        doc.put("id", server.url(idPath)).put("type", type).put("actor", id);
        return doc;
    }

    SignableRequest signedPost(String inbox, ObjectNode activity) {
        return signedPost(inbox, activity.toString().getBytes(StandardCharsets.UTF_8), false);
    }

    SignableRequest signedPost(String inbox, byte[] body, boolean rfc9421) {
        SigningKey key = new SigningKey(URI.create(id + "#main-key"), keys.getPrivate());
        SignableRequest request = SignableRequest.post(URI.create(inbox),
                Headers.of("Content-Type", "application/activity+json"), body);
        return rfc9421 ? new Rfc9421Signer(key, Clock.systemUTC()).sign(request)
                : DraftCavageSigner.of(key, Clock.systemUTC()).sign(request);
    }
}
