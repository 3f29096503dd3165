package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.delivery.DeliveryJob;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.delivery.DeliveryListener;
import dev.plaza.federation.delivery.DeliverySettings;
import dev.plaza.federation.delivery.DeliveryWorker;
import dev.plaza.federation.follows.Following;
import dev.plaza.federation.http.GuardSettings;
import dev.plaza.federation.http.GuardedHttpClient;
import dev.plaza.federation.http.OutboundRequestException;
import dev.plaza.federation.peer.FedifyPeer;
import dev.plaza.federation.peer.PeerOptions;
import dev.plaza.federation.peer.TestCa;
import dev.plaza.federation.signatures.Headers;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Plaza and a real Fedify server, both serving HTTPS with certificates from a test CA made for this
 * run, follow each other by handle (WebFinger, which is HTTPS-only) and by actor URL. Plaza's own
 * deliveries go through the durable queue and the delivery worker, as in production.
 */
class FedifyHttpsTest {

    private static final Duration SETTLE = Duration.ofSeconds(20);

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

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
