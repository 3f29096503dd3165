package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.actors.ImageSlot;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.ProfileEdit;
import dev.plaza.core.actors.ProfileField;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.peer.FedifyPeer;
import dev.plaza.federation.signatures.DraftCavageSigner;
import dev.plaza.federation.signatures.Rfc9421Signer;
import dev.plaza.federation.signatures.SigningKey;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsParser;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A real, independent ActivityPub implementation (a Fedify server on loopback) reads Plaza's actor,
 * and Plaza reads Fedify's with a signed GET: the first handshake of federation, both ways.
 */
class FedifyDiscoveryTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static final byte[] AVATAR = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 32);

    private static LoopbackPlaza plaza;
    private static FedifyPeer peer;
    private static ActorUris uris;
    private static LocalActor brand;

    @BeforeAll
    static void start() {
        plaza = LoopbackPlaza.start(db.store(), db.newWorkspace().id(), base -> FederationSettings.forLoopbackTests());
        uris = plaza.uris();
        brand = plaza.server().profiles().setImage(plaza.brand(), ImageSlot.AVATAR, AVATAR);
        brand = plaza.server().profiles().edit(brand, new ProfileEdit("Fernhill Bikes", "City bikes", List.of(
                new ProfileField("Website", "https://fernhill.example"))));
        peer = FedifyPeer.start();
    }

    @AfterAll
    static void stop() {
        if (peer != null) {
            peer.close();
        }
        if (plaza != null) {
            plaza.close();
        }
    }

    @Test
    void fedifyReadsPlazasActorAndFindsBothKeys() {
        JsonNode seen = peer.lookup(URI.create(uris.actor("brand")));

        assertThat(seen.path("type").asText()).isEqualTo("Organization");
        assertThat(seen.path("id").asText()).isEqualTo(uris.actor("brand"));
        assertThat(seen.path("preferredUsername").asText()).isEqualTo("brand");
        assertThat(seen.path("inbox").asText()).isEqualTo(uris.inbox("brand"));
        assertThat(seen.path("sharedInbox").asText()).isEqualTo(uris.sharedInbox());
        assertThat(seen.path("publicKey").path("id").asText()).isEqualTo(uris.rsaKey("brand"));
        assertThat(seen.path("publicKey").path("owner").asText()).isEqualTo(uris.actor("brand"));
        assertThat(seen.path("publicKey").path("algorithm").asText()).isEqualTo("RSASSA-PKCS1-v1_5");
        assertThat(seen.path("assertionMethods")).anySatisfy(method -> {
            assertThat(method.path("id").asText()).isEqualTo(uris.ed25519Key("brand"));
            assertThat(method.path("algorithm").asText()).isEqualTo("Ed25519");
        });
    }

    /** Fedify expands the document as JSON-LD: the profile's terms must be in its context to survive. */
    @Test
    void fedifySeesTheAvatarAndTheProfileFields() {
        JsonNode actor = peer.lookup(URI.create(uris.actor("brand"))).path("jsonLd");

        JsonNode icon = actor.path("icon");
        assertThat(icon.path("type").asText()).isEqualTo("Image");
        assertThat(icon.path("mediaType").asText()).isEqualTo("image/png");
        assertThat(icon.path("url").asText()).isEqualTo(uris.image("brand", ImageSlot.AVATAR, brand.avatar().orElseThrow()));
        JsonNode field = actor.path("attachment").isArray() ? actor.path("attachment").get(0) : actor.path("attachment");
        assertThat(field.path("type").asText()).isEqualTo("PropertyValue");
        assertThat(field.path("name").asText()).isEqualTo("Website");
        assertThat(field.path("value").asText()).contains("href=\"https://fernhill.example\"");
    }

    @Test
    void fedifyAcceptsPlazasRfc9421SignatureMadeWithTheRsaKey() throws Exception {
        String note = uris.actor("brand") + "/statuses/rsa-" + System.nanoTime();

        FetchedResponse response = deliver(note, "RSA", uris.rsaKey("brand"),
                db.store().localActors().privateKeys(brand.id()).rsaPrivateKey());

        assertThat(response.status()).as("rejected: %s", peer.rejected()).isBetween(200, 299);
        assertThat(peer.awaitReceived("Create").toString()).contains(note);
    }

    /**
     * Why deliveries are signed with RSA even in RFC 9421: Fedify looks for HTTP signature keys in
     * {@code publicKey} only ("has no key matching …#ed25519-key"), and Mastodon expects a single
     * {@code publicKey}, so the Ed25519 Multikey cannot sign HTTP requests yet.
     */
    @Test
    void fedifyRefusesAnHttpSignatureByAKeyPublishedOnlyAsAMultikey() throws Exception {
        String note = uris.actor("brand") + "/statuses/ed25519-" + System.nanoTime();

        FetchedResponse response = deliver(note, "Ed25519", uris.ed25519Key("brand"),
                db.store().localActors().privateKeys(brand.id()).ed25519PrivateKey());

        assertThat(response.status()).isEqualTo(401);
        assertThat(peer.rejected()).anySatisfy(r -> {
            assertThat(r.path("id").asText()).isEqualTo(note + "/activity");
            assertThat(r.path("reason").asText()).isEqualTo("invalidSignature");
        });
    }

    private static FetchedResponse deliver(String note, String algorithm, String keyId, byte[] pkcs8) throws Exception {
        var key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        GuardedHttpClient client = new GuardedHttpClient(GuardSettings.forLoopbackTests())
                .signingWith(new Rfc9421Signer(new SigningKey(URI.create(keyId), key), Clock.systemUTC()));
        String actor = uris.actor("brand");
        String create = """
                {"@context": "https://www.w3.org/ns/activitystreams", "id": "%s/activity", "type": "Create",
                 "actor": "%s", "to": ["%s"],
                 "object": {"id": "%s", "type": "Note", "attributedTo": "%s", "to": ["%s"], "content": "<p>Hi Alice</p>"}}
                """.formatted(note, actor, peer.actorUri(), note, actor, peer.actorUri());
        return client.post(peer.inbox(), Headers.of("Content-Type", "application/activity+json"),
                create.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void plazaReadsFedifysActorWithASignedGet() throws Exception {
        var rsa = KeyFactory.getInstance("RSA").generatePrivate(
                new PKCS8EncodedKeySpec(db.store().localActors().privateKeys(brand.id()).rsaPrivateKey()));
        GuardedHttpClient client = new GuardedHttpClient(GuardSettings.forLoopbackTests())
                .signingWith(DraftCavageSigner.of(new SigningKey(URI.create(uris.rsaKey("brand")), rsa), Clock.systemUTC()));

        FetchedResponse response = client.get(peer.actorUri(), Headers.of("Accept", "application/activity+json"));

        assertThat(response.status()).isEqualTo(200);
        Actor alice = AsParser.withDefaults().parse(response.body(), Actor.class);
        assertThat(alice.id()).isEqualTo(peer.actorUri().toString());
        assertThat(alice.preferredUsername()).contains("alice");
        assertThat(alice.inbox()).isPresent();
        assertThat(alice.publicKeys()).isNotEmpty();
    }
}
