package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.moving.ExpectedFollowers;
import dev.plaza.core.moving.MoveRecord;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.delivery.DeliveryListener;
import dev.plaza.federation.delivery.DeliverySettings;
import dev.plaza.federation.delivery.DeliveryWorker;
import dev.plaza.federation.moving.AccountList;
import dev.plaza.federation.moving.Moves;
import dev.plaza.federation.moving.RowsReport;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.peer.FedifyPeer;
import dev.plaza.federation.peer.PeerOptions;
import dev.plaza.federation.peer.TestCa;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The brand moving, with two real Fedify servers over HTTPS: out to an account on A (B's alice, a
 * follower, follows it there), in from an account on A (B's alice, its follower, follows the brand
 * here, and the progress counts her), and a Mastodon follows list imported by handle.
 */
class FedifyMovingTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static LoopbackPlaza plaza;
    private static FedifyPeer a;
    private static FedifyPeer b;
    private static DeliveryWorker worker;
    private static Moves moves;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        TestCa ca = TestCa.create();
        GuardSettings outbound = GuardSettings.forLoopbackTests().withExtraTrustAnchors(List.of(ca.certificate()));
        plaza = LoopbackPlaza.startHttps(db.store(), db.newWorkspace().id(), ca,
                base -> FederationSettings.forLoopbackTests().withOutbound(outbound));
        moves = plaza.server().moves();
        worker = new DeliveryWorker(db.store().deliveryJobs(), db.store().localActors(), plaza.uris(),
                new GuardedHttpClient(outbound), DeliverySettings.DEFAULT.withIdlePoll(Duration.ofMillis(50)),
                Clock.systemUTC(), DeliveryListener.NONE).start();
        a = FedifyPeer.start(PeerOptions.defaults().withHttps(ca));
        b = FedifyPeer.start(PeerOptions.defaults().withHttps(ca));
        client = HttpClient.newBuilder().sslContext(ca.clientContext()).build();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {worker, a, b, plaza}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @BeforeEach
    void freshPeers() {
        a.reset();
        b.reset();
    }

    @Test
    void theBrandMovesOutAndItsFollowersFollowItToTheNewAccount() throws Exception {
        LocalActor brand = actor("outgoing");
        URI brandUri = URI.create(plaza.uris().actor(brand.username()));
        b.follow(brandUri);
        b.awaitReceived("Accept");

        assertThatThrownBy(() -> moves.moveOut().move(brand, "@" + a.handle()))
                .hasMessageContaining("as an alias on the new account first").hasMessageContaining(brandUri.toString());
        assertThat(fresh(brand).movedTo()).isEmpty();

        a.aliases(List.of(brandUri));
        LocalActor moved = moves.moveOut().move(brand, "@" + a.handle());

        assertThat(moved.movedTo()).contains(a.actorUri().toString());
        JsonNode move = b.awaitReceived(e -> e.path("type").asText().equals("Move")
                && e.path("actor").asText().equals(brandUri.toString()), "the brand's Move", WAIT);
        assertThat(move.path("activity").path("target").asText()).isEqualTo(a.actorUri().toString());
        await(() -> a.followers().contains(b.actorUri()), "B's alice follows A's alice");
        await(() -> db.store().follows().followers(brand.id()).stream()
                .noneMatch(f -> f.remoteActorUri().equals(b.actorUri().toString())), "B's alice left the brand");
        assertThat(b.following()).extracting(f -> f.path("id").asText())
                .contains(a.actorUri().toString()).doesNotContain(brandUri.toString());
        assertThat(actorDocument(brandUri).path("movedTo").asText()).isEqualTo(a.actorUri().toString());
        assertThat(db.store().moving().history(brand.id())).extracting(MoveRecord::direction)
                .containsExactly(MoveRecord.Direction.OUT);
        assertThatThrownBy(() -> plaza.server().publisher().publish(fresh(brand), Draft.publicPost("still here?")))
                .hasMessageContaining("has moved to " + a.actorUri());
    }

    @Test
    void theOldAccountMovesInAndItsFollowersFollowTheBrandHere() {
        LocalActor brand = actor("incoming");
        URI brandUri = URI.create(plaza.uris().actor(brand.username()));
        b.follow(a.actorUri());
        b.awaitReceived("Accept");

        LocalActor aliased = moves.aliases().add(brand, "@" + a.handle());
        assertThat(aliased.alsoKnownAs()).containsExactly(a.actorUri().toString());
        RowsReport read = moves.expectedFollowers().fromCollection(aliased, a.actorUri().toString(), Progress.NONE);
        assertThat(read.summary()).startsWith("expecting 1 followers");
        assertThat(db.store().moving().expected(brand.id()))
                .containsExactly(new ExpectedFollowers(a.actorUri().toString(), 1, 0));

        a.aliases(List.of());
        a.move(brandUri);

        await(() -> db.store().follows().followers(brand.id()).stream().anyMatch(f -> f.remoteActorUri()
                .equals(b.actorUri().toString()) && f.state() == FollowState.ACCEPTED), "B's alice follows the brand");
        b.awaitReceived(e -> e.path("type").asText().equals("Accept") && e.path("actor").asText().equals(brandUri.toString()),
                "the brand's Accept", WAIT);
        assertThat(db.store().moving().expected(brand.id()))
                .containsExactly(new ExpectedFollowers(a.actorUri().toString(), 1, 1));
        assertThat(db.store().moving().history(brand.id())).singleElement().satisfies(m -> {
            assertThat(m.direction()).isEqualTo(MoveRecord.Direction.IN);
            assertThat(m.remoteActorUri()).isEqualTo(a.actorUri().toString());
        });
        assertThat(b.following()).extracting(f -> f.path("id").asText())
                .contains(brandUri.toString()).doesNotContain(a.actorUri().toString());
    }

    @Test
    void aMastodonFollowsListIsFollowedOnceAndItsBadRowReported() {
        LocalActor brand = actor("importer");
        String csv = """
                Account address,Show boosts,Notify on new posts,Languages
                %s,true,false,
                @%s,true,false,"en,de"
                nobody@nowhere.invalid,true,false,
                """.formatted(a.handle(), b.handle());

        RowsReport first = moves.follows().run(brand, list(csv), Progress.NONE);

        assertThat(first.summary()).isEqualTo("followed 2 accounts, 0 already followed, 1 failed");
        assertThat(first.failures()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(4);
            assertThat(f.account()).isEqualTo("nobody@nowhere.invalid");
        });
        await(() -> db.store().follows().following(brand.id()).stream().filter(f -> f.state() == FollowState.ACCEPTED)
                .count() == 2, "both follows accepted");
        assertThat(a.followers()).contains(URI.create(plaza.uris().actor(brand.username())));

        RowsReport again = moves.follows().run(fresh(brand), list(csv), Progress.NONE);

        assertThat(again.summary()).isEqualTo("followed 0 accounts, 2 already followed, 1 failed");
        assertThat(db.store().follows().following(brand.id())).extracting(Follow::remoteActorUri)
                .containsExactlyInAnyOrder(a.actorUri().toString(), b.actorUri().toString());
        assertThat(a.received().stream().filter(e -> e.path("type").asText().equals("Follow"))).hasSize(1);
    }

    @Test
    void aFileThatIsNotAnAccountListIsRefusedWholeSayingWhichLine() {
        assertThatThrownBy(() -> list("Account address\n" + a.handle() + "\nthis is not an account\n"))
                .hasMessageContaining("line 3").hasMessageContaining("is not an account address");
    }

    private static AccountList list(String csv) {
        return AccountList.read("following_accounts.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static LocalActor actor(String username) {
        return new ActorProvisioner(db.store().localActors()).create(db.newWorkspace().id(), username,
                ActorKind.ORGANIZATION, "Fernhill " + username, "");
    }

    private static LocalActor fresh(LocalActor actor) {
        return db.store().localActors().find(actor.id()).orElseThrow();
    }

    private static JsonNode actorDocument(URI actor) throws Exception {
        return JSON.readTree(client.send(HttpRequest.newBuilder(actor).header("Accept", "application/activity+json").build(),
                BodyHandlers.ofString()).body());
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not within %d s: %s; A: %s; B: %s".formatted(WAIT.toSeconds(), what, a.output(), b.output()));
    }
}
