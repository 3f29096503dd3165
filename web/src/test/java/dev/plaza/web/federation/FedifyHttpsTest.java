package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.delivery.DeliveryJob;
import dev.plaza.core.team.Role;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.delivery.DeliveryListener;
import dev.plaza.federation.delivery.DeliverySettings;
import dev.plaza.federation.delivery.DeliveryWorker;
import dev.plaza.federation.follows.Following;
import dev.plaza.federation.peer.FedifyPeer;
import dev.plaza.federation.peer.PeerOptions;
import dev.plaza.federation.peer.TestCa;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import dev.plaza.net.OutboundRequestException;
import dev.plaza.store.testing.TestStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Plaza and a real Fedify server, both serving HTTPS with certificates from a test CA made for this
 * run, follow each other by handle (WebFinger, which is HTTPS-only) and by actor URL. Plaza's own
 * deliveries go through the durable queue and the delivery worker, as in production. The team
 * manages the brand's follows through the API: Fedify accepts a follow, honours its Undo, and drops
 * the brand from whom alice follows when the brand removes her as a follower (a Reject of her Follow).
 */
class FedifyHttpsTest {

    private static final Duration SETTLE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final List<String> deliveryTrouble = new CopyOnWriteArrayList<>();
    private static TestCa ca;
    private static LoopbackPlaza plaza;
    private static DeliveryWorker worker;
    private static FedifyPeer peer;
    private static Following following;
    private static ActorUris uris;
    private static LocalActor brand;
    private static HttpClient api;
    private static String managerToken;

    @BeforeAll
    static void start() {
        ca = TestCa.create();
        GuardSettings outbound = GuardSettings.forLoopbackTests().withExtraTrustAnchors(List.of(ca.certificate()));
        plaza = LoopbackPlaza.startHttps(db.store(), db.newWorkspace().id(), ca,
                base -> FederationSettings.forLoopbackTests().withOutbound(outbound));
        uris = plaza.uris();
        brand = plaza.brand();
        worker = new DeliveryWorker(db.store().deliveryJobs(), db.store().localActors(), uris,
                new GuardedHttpClient(outbound), DeliverySettings.DEFAULT.withWorkers(2).withIdlePoll(Duration.ofMillis(50)),
                Clock.systemUTC(), new DeliveryListener() {
                    @Override
                    public void retrying(DeliveryJob job, Instant next, String reason) {
                        deliveryTrouble.add(job.inbox() + ": " + reason);
                    }

                    @Override
                    public void dead(DeliveryJob job, String reason) {
                        deliveryTrouble.add(job.inbox() + " (dead): " + reason);
                    }
                }).start();
        following = Following.create(db.store(), uris, outbound, db.store().deliveries(), Clock.systemUTC());
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
    void bothSidesServeHttpsThatOnlyTheTestCaVouchesFor() {
        assertThat(uris.base().getScheme()).isEqualTo("https");
        assertThat(peer.origin().getScheme()).isEqualTo("https");

        GuardedHttpClient trustingTheJvmOnly = new GuardedHttpClient(GuardSettings.forLoopbackTests());

        assertThatThrownBy(() -> trustingTheJvmOnly.get(peer.actorUri(), Headers.of("Accept", "application/activity+json")))
                .isInstanceOf(OutboundRequestException.class)
                .extracting(e -> ((OutboundRequestException) e).reason()).isEqualTo(OutboundRequestException.Reason.NETWORK);
    }

    @Test
    void fedifyFindsTheBrandByHandleAndFollowsIt() {
        peer.reset();

        peer.follow(URI.create(uris.acct("brand")));

        awaitAcceptFrom(uris.actor("brand"));
        assertThat(db.store().follows().followers(brand.id())).extracting(Follow::remoteActorUri)
                .containsExactly(peer.actorUri().toString());
        assertThat(peer.following()).singleElement().satisfies(f -> {
            assertThat(f.path("id").asText()).isEqualTo(uris.actor("brand"));
            assertThat(f.path("state").asText()).isEqualTo("accepted");
        });
    }

    @Test
    void fedifyFollowsTheBrandByItsActorUrl() {
        peer.reset();

        peer.follow(URI.create(uris.actor("brand")));

        awaitAcceptFrom(uris.actor("brand"));
        assertThat(db.store().follows().followers(brand.id())).extracting(Follow::remoteActorUri)
                .containsExactly(peer.actorUri().toString());
    }

    @Test
    void theBrandFindsAliceByHandleAndFollowsHer() {
        peer.reset();

        Follow sent = following.follow(brand, "@" + peer.handle());

        assertThat(sent.remoteActorUri()).isEqualTo(peer.actorUri().toString());
        assertThat(sent.remoteInbox()).isEqualTo(peer.inbox().toString());
        assertThat(sent.state()).isEqualTo(FollowState.PENDING);
        JsonNode follow = awaitFollow(sent);
        assertThat(follow.path("actor").asText()).isEqualTo(uris.actor("brand"));
        assertThat(follow.path("object").asText()).isEqualTo(peer.actorUri().toString());
        assertThat(awaitFollowing(brand, FollowState.ACCEPTED).followActivityId()).isEqualTo(sent.followActivityId());
        assertThat(peer.followers()).containsExactly(URI.create(uris.actor("brand")));
    }

    @Test
    void anotherActorFollowsAliceByHerActorUrl() {
        peer.reset();
        LocalActor events = new ActorProvisioner(db.store().localActors()).create(plaza.workspaceId(), "events",
                ActorKind.SERVICE, "Fernhill Events", "Rides and repair cafés");

        Follow sent = following.follow(events, peer.actorUri().toString());

        awaitFollow(sent);
        awaitFollowing(events, FollowState.ACCEPTED);
        assertThat(peer.followers()).containsExactly(URI.create(uris.actor("events")));
        assertThat(following.follow(events, peer.actorUri().toString()).followActivityId())
                .as("an accepted follow is not sent again").isEqualTo(sent.followActivityId());
    }

    @Test
    void aHandleThatIsNeitherAHandleNorAUrlIsRefused() {
        assertThatThrownBy(() -> following.follow(brand, "alice at the peer"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither a handle");
    }

    @Test
    void theBrandFollowsAliceByHandleSheAcceptsAndFedifyHonoursTheUndoWhenItUnfollows() {
        URI brandUri = URI.create(uris.actor("brand"));
        peer.reset();
        db.store().follows().removeFollowing(brand.id(), peer.actorUri().toString());

        JsonNode followed = call("POST", "/api/v1/following", "{\"account\": \"@%s\"}".formatted(peer.handle()), 202);

        assertThat(followed.path("state").asText()).isEqualTo("pending");
        assertThat(followed.path("account").asText()).isEqualTo("@" + peer.handle());
        assertThat(followed.path("actor").asText()).isEqualTo(peer.actorUri().toString());
        JsonNode follow = peer.awaitReceived(e -> is(e, "Follow"), "the brand's Follow", SETTLE);
        awaitTrue(() -> call("GET", "/api/v1/following", null, 200).path("items").get(0).path("state").asText()
                .equals("accepted"), "the follow to show as accepted");
        assertThat(peer.followers()).containsExactly(brandUri);

        JsonNode unfollowed = call("DELETE", "/api/v1/following/" + followed.path("id").asLong(), null, 200);

        assertThat(unfollowed.path("actor").asText()).isEqualTo(peer.actorUri().toString());
        JsonNode undo = peer.awaitReceived(e -> is(e, "Undo"), "the Undo of the brand's Follow", SETTLE);
        assertThat(undo.path("object").asText()).as("the Undo names the brand's Follow")
                .isEqualTo(follow.path("id").asText());
        awaitTrue(() -> peer.followers().isEmpty(), "Fedify to drop the brand from alice's followers");
        assertThat(call("GET", "/api/v1/following", null, 200).path("items").size()).isZero();
    }

    @Test
    void removingAliceAsAFollowerSendsARejectOfHerFollowAndFedifyStopsFollowing() {
        peer.reset();
        peer.follow(URI.create(uris.actor("brand")));
        awaitAcceptFrom(uris.actor("brand"));
        assertThat(peer.following()).singleElement()
                .satisfies(f -> assertThat(f.path("state").asText()).isEqualTo("accepted"));
        String aliceFollow = db.store().follows().followers(brand.id()).stream().map(Follow::followActivityId)
                .findFirst().orElseThrow();
        JsonNode follower = call("GET", "/api/v1/followers", null, 200).path("items").get(0);
        assertThat(follower.path("account").asText()).isEqualTo("@" + peer.handle());

        call("DELETE", "/api/v1/followers/" + follower.path("id").asLong(), null, 200);

        JsonNode reject = peer.awaitReceived(e -> is(e, "Reject"), "the Reject of alice's Follow", SETTLE);
        assertThat(reject.path("object").asText()).as("the Reject names alice's own Follow").isEqualTo(aliceFollow);
        awaitTrue(() -> peer.following().isEmpty(), "Fedify to drop the brand from whom alice follows");
        assertThat(db.store().follows().followers(brand.id())).isEmpty();
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

    private static void awaitAcceptFrom(String actor) {
        peer.awaitReceived(e -> "Accept".equals(e.path("type").asText()) && actor.equals(e.path("actor").asText()),
                "Accept from " + actor + " (delivery trouble: " + deliveryTrouble + ")", SETTLE);
    }

    private static JsonNode awaitFollow(Follow sent) {
        return peer.awaitReceived(e -> "Follow".equals(e.path("type").asText())
                        && sent.followActivityId().equals(e.path("id").asText()),
                "Follow " + sent.followActivityId() + " (delivery trouble: " + deliveryTrouble + ")", SETTLE);
    }

    private static Follow awaitFollowing(LocalActor actor, FollowState state) {
        Instant deadline = Instant.now().plus(SETTLE);
        Optional<Follow> current;
        do {
            current = db.store().follows().followingOf(peer.actorUri().toString()).stream()
                    .filter(f -> f.localActorId() == actor.id()).findFirst();
            if (current.filter(f -> f.state() == state).isPresent()) {
                return current.get();
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("%s's follow of alice is %s, not %s, after %d s; peer received %s; peer output:%n%s"
                .formatted(actor.username(), current.map(Follow::state), state, SETTLE.toSeconds(),
                        peer.received().stream().map(e -> e.path("type").asText()).toList(), peer.output()));
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(SETTLE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited %d s for %s; peer received %s; peer output:%n%s".formatted(SETTLE.toSeconds(),
                        what, peer.received().stream().map(e -> e.path("type").asText()).toList(), peer.output()));
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
