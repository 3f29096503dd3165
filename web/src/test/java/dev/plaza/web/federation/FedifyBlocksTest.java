package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.blocks.ActorBlock;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.blocks.Blocking;
import dev.plaza.federation.delivery.DeliveryListener;
import dev.plaza.federation.delivery.DeliverySettings;
import dev.plaza.federation.delivery.DeliveryWorker;
import dev.plaza.federation.http.GuardSettings;
import dev.plaza.federation.http.GuardedHttpClient;
import dev.plaza.federation.inbox.InboxSetup;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.peer.FedifyPeer;
import dev.plaza.federation.peer.FedifyPeerException;
import dev.plaza.federation.peer.PeerOptions;
import dev.plaza.federation.peer.Post;
import dev.plaza.federation.peer.TestCa;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Plaza blocks a real Fedify account over HTTPS, by handle: the follow ends, Fedify receives the
 * Block, what alice sends afterwards is refused and the brand's posts no longer reach her; after
 * the unblock Fedify receives the Undo and alice can follow again.
 */
class FedifyBlocksTest {

    private static final Duration SETTLE = Duration.ofSeconds(20);

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static LoopbackPlaza plaza;
    private static DeliveryWorker worker;
    private static FedifyPeer peer;
    private static Blocking blocking;
    private static ActorUris uris;
    private static LocalActor brand;

    @BeforeAll
    static void start() {
        TestCa ca = TestCa.create();
        GuardSettings outbound = GuardSettings.forLoopbackTests().withExtraTrustAnchors(List.of(ca.certificate()));
        plaza = LoopbackPlaza.startHttps(db.store(), db.newWorkspace().id(), ca,
                base -> FederationSettings.forLoopbackTests().withOutbound(outbound));
        uris = plaza.uris();
        brand = plaza.brand();
        worker = new DeliveryWorker(db.store().deliveryJobs(), db.store().localActors(), uris,
                new GuardedHttpClient(outbound), DeliverySettings.DEFAULT.withWorkers(2).withIdlePoll(Duration.ofMillis(50)),
                Clock.systemUTC(), new DeliveryListener() { }).start();
        blocking = Blocking.create(db.store(), uris, InboxSetup.remoteObjects(db.store(), uris, outbound, Clock.systemUTC()),
                db.store().deliveries());
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
    void aBlockedFedifyAccountIsToldIsUnfollowedIsRefusedAndMayFollowAgainOnceUnblocked() throws Exception {
        URI brandUri = URI.create(uris.actor("brand"));
        String alice = peer.actorUri().toString();
        peer.follow(brandUri);
        await(entry -> entry.path("type").asText().equals("Accept"), "the Accept of alice's follow");
        assertThat(db.store().follows().followers(brand.id())).extracting(Follow::remoteActorUri).containsExactly(alice);

        ActorBlock block = blocking.blockAccount(plaza.workspaceId(), "@" + peer.handle(), "testing blocks");

        assertThat(block.actorUri()).contains(alice);
        assertThat(db.store().follows().followers(brand.id())).isEmpty();
        JsonNode received = await(entry -> entry.path("type").asText().equals("Block"), "the Block");
        assertThat(received.path("actor").asText()).isEqualTo(uris.actor("brand"));
        assertThat(received.path("object").asText()).isEqualTo(alice);

        String refusal = catchThrowableOfType(FedifyPeerException.class,
                () -> peer.post(Post.publicly("<p>Still here, brand?</p>").mentioning(brandUri))).getMessage();
        assertThat(refusal).contains("403");
        Matcher sent = Pattern.compile("Failed to send activity (\\S+)#create").matcher(refusal);
        assertThat(sent.find()).as(refusal).isTrue();
        assertThat(db.store().activities().findByUri(plaza.workspaceId(), sent.group(1)))
                .as("what a blocked account sends is not taken in").isEmpty();
        LocalPost after = plaza.server().publisher().publish(brand, Draft.publicPost("News for followers only"));
        assertThatThrownBy(() -> peer.like(URI.create(after.uri()))).as("alice may neither fetch nor like the brand's post")
                .isInstanceOf(FedifyPeerException.class);
        assertThat(db.store().publishing().engagement(plaza.workspaceId(), after.uri()).likes()).isZero();
        assertThatThrownBy(() -> peer.lookup(URI.create(after.uri()))).as("alice's signed fetch is refused")
                .isInstanceOf(FedifyPeerException.class);
        Thread.sleep(2_000);
        assertThat(peer.received()).as("the brand's posts no longer reach alice")
                .noneMatch(entry -> entry.path("type").asText().equals("Create")
                        && entry.path("raw").toString().contains(after.uri()));

        blocking.unblockAccount(plaza.workspaceId(), block.id());

        JsonNode undo = await(entry -> entry.path("type").asText().equals("Undo")
                && entry.path("raw").toString().contains("Block"), "the Undo of the Block");
        assertThat(undo.path("actor").asText()).isEqualTo(uris.actor("brand"));
        peer.reset();
        peer.follow(brandUri);
        await(entry -> entry.path("type").asText().equals("Accept"), "the Accept of alice's second follow");
        assertThat(db.store().follows().followers(brand.id())).extracting(Follow::remoteActorUri).containsExactly(alice);
    }

    private static JsonNode await(Predicate<JsonNode> matches, String what) {
        return peer.awaitReceived(matches, what, SETTLE);
    }
}
