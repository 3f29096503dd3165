package dev.plaza.federation.peer;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The harness starts a real Fedify server offline, and that server federates with a plain in-test actor. */
class FedifyPeerTest {

    private static final Duration DELIVERY = Duration.ofSeconds(20);
    private static FedifyPeer peer;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startPeer() {
        peer = FedifyPeer.start();
    }

    @AfterAll
    static void stopPeer() {
        if (peer != null) {
            peer.close();
        }
    }

    @BeforeEach
    void forgetEarlierTests() {
        peer.reset();
    }

    @Test
    void aliceIsFoundByWebFingerOnThePeersOrigin() throws Exception {
        URI lookup = peer.origin().resolve("/.well-known/webfinger?resource=acct:" + peer.handle());

        JsonNode jrd = getJson(lookup, "application/jrd+json");

        assertThat(jrd.path("subject").asText()).isEqualTo("acct:" + peer.handle());
        assertThat(jrd.path("links").findValuesAsText("href")).contains(peer.actorUri().toString());
    }

    @Test
    void aliceIsAPersonWithAnRsaPublicKeyAndAnEd25519AssertionMethod() throws Exception {
        JsonNode actor = getJson(peer.actorUri(), "application/activity+json");

        assertThat(actor.path("type").asText()).isEqualTo("Person");
        assertThat(actor.path("id").asText()).isEqualTo(peer.actorUri().toString());
        assertThat(actor.path("inbox").asText()).isEqualTo(peer.inbox().toString());
        assertThat(actor.path("publicKey").path("publicKeyPem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
        // multibase "z" + base58 of the Ed25519 multicodec prefix 0xed01 always reads "z6Mk"
        assertThat(actor.path("assertionMethod").findValuesAsText("publicKeyMultibase")).anySatisfy(key -> assertThat(key).startsWith("z6Mk"));
    }

    @Test
    void followFetchesTheTargetWithASignedGetThenPostsASignedFollowToItsInbox() throws Exception {
        try (TinyActor target = TinyActor.start()) {
            Sent follow = peer.follow(target.actorUri());

            TinyActor.Request delivery = target.awaitDelivery(DELIVERY);
            JsonNode activity = PeerControl.JSON.readTree(delivery.body());
            assertThat(delivery.method()).isEqualTo("POST");
            assertThat(delivery.signed()).as("Signature or Signature-Input header in %s", delivery.headers()).isTrue();
            assertThat(activity.path("type").asText()).isEqualTo("Follow");
            assertThat(activity.path("id").asText()).isEqualTo(follow.activity().toString());
            assertThat(activity.path("actor").asText()).isEqualTo(peer.actorUri().toString());
            assertThat(activity.path("object").asText()).isEqualTo(target.actorUri().toString());
            assertThat(target.actorFetches()).anySatisfy(fetch -> assertThat(fetch.signed()).isTrue());
            assertThat(peer.following()).singleElement().satisfies(f -> assertThat(f.path("state").asText()).isEqualTo("pending"));
        }
    }

    @Test
    void firstKnockChoosesTheSignatureDialectOfTheNextDelivery() throws Exception {
        try (TinyActor target = TinyActor.start()) {
            peer.firstKnock(SignatureSpec.DRAFT_CAVAGE);
            peer.follow(target.actorUri());
            TinyActor.Request cavage = target.awaitDelivery(DELIVERY);

            peer.firstKnock(SignatureSpec.RFC_9421);
            peer.unfollow(target.actorUri());
            TinyActor.Request rfc9421 = target.awaitDelivery(DELIVERY);

            assertThat(cavage.headers()).containsKey("signature").doesNotContainKey("signature-input");
            assertThat(rfc9421.headers()).containsKeys("signature", "signature-input");
            assertThat(PeerControl.JSON.readTree(rfc9421.body()).path("type").asText()).isEqualTo("Undo");
        }
    }

    @Test
    void aSecondPeerFollowingAliceIsAcceptedAndBothRecordWhatTheyVerified() {
        try (FedifyPeer other = FedifyPeer.start()) {
            other.follow(peer.actorUri());

            JsonNode follow = peer.awaitReceived("Follow");
            JsonNode accept = other.awaitReceived("Accept");

            assertThat(follow.path("actor").asText()).isEqualTo(other.actorUri().toString());
            assertThat(follow.path("signature").asText()).isEqualTo("rfc9421");
            assertThat(accept.path("actor").asText()).isEqualTo(peer.actorUri().toString());
            assertThat(peer.followers()).containsExactly(other.actorUri());
            assertThat(other.following()).singleElement().satisfies(f -> assertThat(f.path("state").asText()).isEqualTo("accepted"));
        }
    }

    @Test
    void aControlCallTheRemoteSideCannotServeFailsWithThePeersReason() {
        URI nowhere = URI.create("http://127.0.0.1:9/actor");

        assertThatThrownBy(() -> peer.follow(nowhere))
                .isInstanceOf(FedifyPeerException.class)
                .hasMessageContaining("/control/follow")
                .hasMessageContaining(nowhere.toString());
    }

    private JsonNode getJson(URI uri, String accept) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
        return PeerControl.JSON.readTree(response.body());
    }
}
