package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.team.Role;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.delivery.DeliveryListener;
import dev.plaza.federation.delivery.DeliverySettings;
import dev.plaza.federation.delivery.DeliveryWorker;
import dev.plaza.federation.http.GuardSettings;
import dev.plaza.federation.http.GuardedHttpClient;
import dev.plaza.federation.peer.FedifyPeer;
import dev.plaza.federation.peer.PeerOptions;
import dev.plaza.federation.peer.TestCa;
import dev.plaza.store.testing.TestStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The team manages the brand's follows through the API, against a real Fedify account over HTTPS:
 * the brand follows alice by handle, she accepts and the follow shows as accepted; unfollowing
 * sends an Undo that Fedify honours (the brand leaves her followers); removing alice as a follower
 * sends a Reject of her Follow, and Fedify drops the brand from whom she follows.
 */
class FedifyFollowsTest {

    private static final Duration SETTLE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static LoopbackPlaza plaza;
    private static HttpClient api;
    private static String managerToken;
    private static DeliveryWorker worker;
    private static FedifyPeer peer;
    private static ActorUris uris;

    @BeforeAll
    static void start() {
        TestCa ca = TestCa.create();
        GuardSettings outbound = GuardSettings.forLoopbackTests().withExtraTrustAnchors(List.of(ca.certificate()));
        plaza = LoopbackPlaza.startHttps(db.store(), db.newWorkspace().id(), ca,
                base -> FederationSettings.forLoopbackTests().withOutbound(outbound));
        uris = plaza.uris();
        worker = new DeliveryWorker(db.store().deliveryJobs(), db.store().localActors(), uris,
                new GuardedHttpClient(outbound), DeliverySettings.DEFAULT.withWorkers(2).withIdlePoll(Duration.ofMillis(50)),
                Clock.systemUTC(), new DeliveryListener() { }).start();
        api = HttpClient.newBuilder().sslContext(ca.clientContext()).build();
        managerToken = db.store().apiTokens().create(plaza.workspaceId(), "follows", Role.MANAGER).secret();
        peer = FedifyPeer.start(PeerOptions.defaults().withHttps(ca));
    }

    @AfterAll
    static void stop() {
        if (peer != null) {
            peer.close();
        }
        if (worker != null) {
            worker.close();
        }
        if (plaza != null) {
            plaza.close();
        }
    }

    @Test
    void theBrandFollowsAliceByHandleSheAcceptsAndFedifyHonoursTheUndoWhenItUnfollows() {
        URI brandUri = URI.create(uris.actor("brand"));
        peer.reset();

        JsonNode followed = call("POST", "/api/v1/following", "{\"account\": \"@%s\"}".formatted(peer.handle()), 202);

        assertThat(followed.path("state").asText()).isEqualTo("pending");
        assertThat(followed.path("account").asText()).isEqualTo("@" + peer.handle());
        assertThat(followed.path("actor").asText()).isEqualTo(peer.actorUri().toString());
        JsonNode follow = await(e -> is(e, "Follow"), "the brand's Follow");
        awaitTrue(() -> call("GET", "/api/v1/following", null, 200).path("items").get(0).path("state").asText()
                .equals("accepted"), "the follow to show as accepted");
        assertThat(peer.followers()).containsExactly(brandUri);

        JsonNode unfollowed = call("DELETE", "/api/v1/following/" + followed.path("id").asLong(), null, 200);

        assertThat(unfollowed.path("actor").asText()).isEqualTo(peer.actorUri().toString());
        JsonNode undo = await(e -> is(e, "Undo"), "the Undo of the brand's Follow");
        assertThat(undo.path("object").asText()).as("the Undo names the brand's Follow").isEqualTo(follow.path("id").asText());
        awaitTrue(() -> peer.followers().isEmpty(), "Fedify to drop the brand from alice's followers");
        assertThat(call("GET", "/api/v1/following", null, 200).path("items").size()).isZero();
    }

    @Test
    void removingAliceAsAFollowerSendsARejectOfHerFollowAndFedifyStopsFollowing() {
        peer.reset();
        peer.follow(URI.create(uris.actor("brand")));
        await(e -> e.path("type").asText().equals("Accept"), "the Accept of alice's follow");
        assertThat(peer.following()).singleElement().satisfies(f -> assertThat(f.path("state").asText()).isEqualTo("accepted"));
        String aliceFollow = db.store().follows().followers(plaza.brand().id()).stream().map(Follow::followActivityId)
                .findFirst().orElseThrow();
        JsonNode follower = call("GET", "/api/v1/followers", null, 200).path("items").get(0);
        assertThat(follower.path("account").asText()).isEqualTo("@" + peer.handle());

        call("DELETE", "/api/v1/followers/" + follower.path("id").asLong(), null, 200);

        JsonNode reject = await(e -> is(e, "Reject"), "the Reject of alice's Follow");
        assertThat(reject.path("object").asText()).as("the Reject names alice's own Follow").isEqualTo(aliceFollow);
        awaitTrue(() -> peer.following().isEmpty(), "Fedify to drop the brand from whom alice follows");
        assertThat(db.store().follows().followers(plaza.brand().id())).isEmpty();
        assertThat(call("GET", "/api/v1/followers", null, 200).path("items").size()).isZero();
    }

    private static boolean is(JsonNode received, String type) {
        return received.path("type").asText().equals(type) && received.path("actor").asText().equals(uris.actor("brand"));
    }

    private static JsonNode call(String method, String path, String json, int status) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uris.base().resolve(path))
                .header("Authorization", "Bearer " + managerToken)
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            var response = api.send(request.build(), BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static JsonNode await(Predicate<JsonNode> matches, String what) {
        return peer.awaitReceived(matches, what, SETTLE);
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(SETTLE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited %d s for %s; peer received %s; peer output:%n%s".formatted(SETTLE.toSeconds(),
                        what, peer.received().stream().map(e -> e.path("type").asText()).toList(), peer.output()));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
