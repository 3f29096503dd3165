package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.blocks.ActorBlock;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.team.Role;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.blocks.Blocking;
import dev.plaza.federation.delivery.DeliveryListener;
import dev.plaza.federation.delivery.DeliverySettings;
import dev.plaza.federation.delivery.DeliveryWorker;
import dev.plaza.federation.inbox.InboxSetup;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.peer.FedifyPeer;
import dev.plaza.federation.peer.FedifyPeerException;
import dev.plaza.federation.peer.Forgery;
import dev.plaza.federation.peer.InboxAnswer;
import dev.plaza.federation.peer.PeerOptions;
import dev.plaza.federation.peer.Post;
import dev.plaza.federation.peer.Prepared;
import dev.plaza.federation.peer.SignatureSpec;
import dev.plaza.federation.peer.Signing;
import dev.plaza.federation.peer.TestCa;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
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
 * the unblock Fedify receives the Undo and alice can follow again. And it blocks her whole server
 * (the peer answers as {@code localhost}, so that blocking it leaves Plaza's own 127.0.0.1 alone)
 * through the blocks API: her posts and follows are refused until the block is lifted.
 */
class FedifyBlocksTest {

    private static final Duration SETTLE = Duration.ofSeconds(20);

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static LoopbackPlaza plaza;
    private static HttpClient api;
    private static String managerToken;
    private static DeliveryWorker worker;
    private static FedifyPeer peer;
    private static Blocking blocking;
    private static ActorUris uris;
    private static LocalActor brand;

    @BeforeAll
    static void start() {
        TestCa ca = TestCa.create();
        GuardSettings outbound = LoopbackPlaza.trusting(ca);
        plaza = LoopbackPlaza.startHttps(db.store(), db.newWorkspace().id(), ca);
        uris = plaza.uris();
        brand = plaza.brand();
        worker = new DeliveryWorker(db.store().deliveryJobs(), db.store().localActors(), uris,
                new GuardedHttpClient(outbound), DeliverySettings.DEFAULT.withWorkers(2).withIdlePoll(Duration.ofMillis(50)),
                Clock.systemUTC(), new DeliveryListener() { }).start();
        blocking = Blocking.create(db.store(), uris, InboxSetup.remoteObjects(db.store(), uris, outbound, Clock.systemUTC()),
                db.store().deliveries());
        api = HttpClient.newBuilder().sslContext(ca.clientContext()).build();
        managerToken = db.store().apiTokens().create(plaza.workspaceId(), "blocks", Role.MANAGER).secret();
        peer = FedifyPeer.start(PeerOptions.defaults().withHttps(ca).withHost("localhost"));
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
        peer.reset();
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

    @Test
    void aBlockedServerIsRefusedItsPostsAndFollowsUntilTheBlockIsLifted() throws Exception {
        URI brandUri = URI.create(uris.actor("brand"));
        String alice = peer.actorUri().toString();
        peer.reset();
        peer.follow(brandUri);
        await(entry -> entry.path("type").asText().equals("Accept"), "the Accept of alice's follow");

        HttpResponse<String> blocked = blocksApi("POST", "", "{\"domain\": \"localhost\", \"reason\": \"testing server blocks\"}");

        assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(201);
        assertThat(db.store().follows().followers(brand.id())).as("the block ends the server's follows").isEmpty();
        Prepared question = peer.prepare(Post.publicly("<p>Open on Sunday?</p>").mentioning(brandUri), Forgery.NONE);
        InboxAnswer refused = peer.deliver(URI.create(uris.inbox("brand")), question, Signing.ALICE, SignatureSpec.RFC_9421);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("localhost, a server this Plaza blocks");
        assertThat(stored(question.object())).isEmpty();
        peer.reset();
        assertThat(catchThrowableOfType(FedifyPeerException.class, () -> peer.follow(brandUri)).getMessage()).contains("403");
        assertThat(db.store().follows().followers(brand.id())).isEmpty();

        HttpResponse<String> lifted = blocksApi("DELETE", "/localhost", null);

        assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(200);
        InboxAnswer taken = peer.deliver(URI.create(uris.inbox("brand")), question, Signing.ALICE, SignatureSpec.RFC_9421);
        assertThat(taken.status()).as(taken.body()).isEqualTo(202);
        assertThat(stored(question.object())).isPresent();
        peer.follow(brandUri);
        await(entry -> entry.path("type").asText().equals("Accept"), "the Accept of alice's follow once unblocked");
        assertThat(db.store().follows().followers(brand.id())).extracting(Follow::remoteActorUri).containsExactly(alice);
    }

    private static HttpResponse<String> blocksApi(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uris.base().resolve("/api/v1/blocks/domains" + path))
                .header("Authorization", "Bearer " + managerToken)
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return api.send(request.build(), BodyHandlers.ofString());
    }

    private static Optional<Activity> stored(URI uri) {
        return db.store().activities().findByUri(plaza.workspaceId(), uri.toString());
    }

    private static JsonNode await(Predicate<JsonNode> matches, String what) {
        return peer.awaitReceived(matches, what, SETTLE);
    }
}
