package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.LocalActor;
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
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An account the brand follows moves from one Fedify server to another: Plaza checks that the new
 * account names the old one in alsoKnownAs, follows the new account and drops the old follow. Over
 * HTTPS, with a test CA that every server trusts.
 */
class FedifyMoveTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static LoopbackPlaza plaza;
    private static FedifyPeer oldHome;
    private static FedifyPeer newHome;
    private static DeliveryWorker worker;
    private static LocalActor brand;
    private static Following following;
    private static PeerOptions peers;

    @BeforeAll
    static void start() {
        TestCa ca = TestCa.create();
        GuardSettings outbound = LoopbackPlaza.trusting(ca);
        plaza = LoopbackPlaza.startHttps(db.store(), db.newWorkspace().id(), ca);
        ActorUris uris = plaza.uris();
        brand = plaza.brand();
        worker = new DeliveryWorker(db.store().deliveryJobs(), db.store().localActors(), uris, new GuardedHttpClient(outbound),
                DeliverySettings.DEFAULT.withIdlePoll(Duration.ofMillis(50)), Clock.systemUTC(), DeliveryListener.NONE).start();
        following = Following.create(db.store(), uris, outbound, db.store().deliveries(), Clock.systemUTC());
        peers = PeerOptions.defaults().withHttps(ca);
        oldHome = FedifyPeer.start(peers);
        newHome = FedifyPeer.start(peers);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {worker, oldHome, newHome, plaza}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void theBrandFollowsTheAccountToItsNewHome() {
        following.follow(brand, oldHome.actorUri().toString());
        awaitFollowing(oldHome.actorUri(), FollowState.ACCEPTED);

        newHome.aliases(List.of(oldHome.actorUri()));
        oldHome.move(newHome.actorUri());

        awaitFollowing(newHome.actorUri(), FollowState.ACCEPTED);
        assertThat(newHome.followers()).contains(URI.create(plaza.uris().actor("brand")));
        assertThat(db.store().follows().following(brand.id())).extracting(Follow::remoteActorUri)
                .contains(newHome.actorUri().toString()).doesNotContain(oldHome.actorUri().toString());
    }

    @Test
    void aMoveToAnAccountThatDoesNotNameTheOldOneIsNotFollowed() {
        FedifyPeer stranger = FedifyPeer.start(peers);
        try {
            following.follow(brand, stranger.actorUri().toString());
            awaitFollowing(stranger.actorUri(), FollowState.ACCEPTED);
            newHome.aliases(List.of());

            assertThatThrownBy(() -> stranger.move(newHome.actorUri())).as("Plaza refuses the Move")
                    .hasMessageContaining("403");

            assertThat(db.store().follows().following(brand.id())).extracting(Follow::remoteActorUri)
                    .contains(stranger.actorUri().toString());
            assertThat(db.store().follows().followingOf(newHome.actorUri().toString())).isEmpty();
        } finally {
            stranger.close();
        }
    }

    private static void awaitFollowing(URI account, FollowState state) {
        Instant until = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(until)) {
            if (db.store().follows().following(brand.id()).stream()
                    .anyMatch(f -> f.remoteActorUri().equals(account.toString()) && f.state() == state)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the brand's follow of %s did not become %s; following: %s"
                .formatted(account, state, db.store().follows().following(brand.id())));
    }
}
