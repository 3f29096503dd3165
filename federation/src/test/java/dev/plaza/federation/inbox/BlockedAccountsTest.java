package dev.plaza.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.core.Store;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.blocks.ActorBlock;
import dev.plaza.core.blocks.NewActorBlock;
import dev.plaza.core.delivery.DeliveryJob;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.blocks.Blocking;
import dev.plaza.federation.discovery.WebFingerClient;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.outbox.Publisher;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Account blocks in the inbox: what a blocked account sends or authors is refused at every nesting level. */
class BlockedAccountsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final ActorUris PLAZA = ActorUris.of("https://plaza.test");
    private static RemoteServer social;
    private static RemoteActor bob;
    private static RemoteActor eve;
    private static Store store;
    private static long workspace;
    private static LocalActor brand;
    private static Inbox inbox;
    private static Blocking blocking;

    @BeforeAll
    static void start() {
        store = db.store();
        social = new RemoteServer("127.0.0.1");
        bob = new RemoteActor(social, "bob");
        eve = new RemoteActor(social, "eve");
        workspace = db.newWorkspace().id();
        brand = new ActorProvisioner(store.localActors()).create(workspace, "blocker", ActorKind.ORGANIZATION, "Brand", "");
        store.blocks().blockActor(workspace, new NewActorBlock(eve.id, Optional.empty(), Optional.of(eve.id + "/inbox"), "spam"));
        social.put("/notes/by-eve", note(eve, "/notes/by-eve", "<p>buy now</p>").toString());
        inbox = InboxSetup.create(store, PLAZA, GuardSettings.forLoopbackTests(), store.deliveries(), Clock.systemUTC());
        blocking = Blocking.create(store, PLAZA, InboxSetup.remoteObjects(store, PLAZA, GuardSettings.forLoopbackTests(),
                Clock.systemUTC()), store.deliveries());
    }

    @AfterAll
    static void stop() {
        social.close();
    }

    @Test
    void aCreateWhoseActorIsBlockedIsRefusedAndAnUnblockedOnesIsTaken() {
        ObjectNode create = eve.activity("Create", "/notes/eve-1#create");
        create.set("object", note(eve, "/notes/eve-1", "<p>@blocker hello</p>"));

        InboxResponse refused = toBrand(eve, create);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.message()).contains("an account this Plaza blocks").contains(eve.id);
        assertThat(store.activities().findByUri(workspace, social.url("/notes/eve-1"))).isEmpty();

        ObjectNode fine = bob.activity("Create", "/notes/bob-1#create");
        fine.set("object", note(bob, "/notes/bob-1", "<p>@blocker hello</p>"));
        assertThat(toBrand(bob, fine).status()).isEqualTo(202);
        assertThat(store.activities().findByUri(workspace, social.url("/notes/bob-1"))).isPresent();
    }

    @Test
    void anAnnounceOfABlockedAuthorsNoteIsRefused() {
        ObjectNode announce = bob.activity("Announce", "/announces/of-eve").put("object", social.url("/notes/by-eve"));

        InboxResponse response = toBrand(bob, announce);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.message()).contains("the object of").contains(eve.id);
        assertThat(store.activities().findByUri(workspace, social.url("/announces/of-eve"))).isEmpty();
    }

    @Test
    void aBlockedAuthorThreeLevelsDeepIsRefused() {
        ObjectNode inner = eve.activity("Create", "/notes/deep#create");
        inner.remove("@context");
        inner.set("object", note(eve, "/notes/deep", "<p>deep</p>").without("@context"));
        ObjectNode middle = bob.activity("Announce", "/announces/middle");
        middle.remove("@context");
        middle.set("object", inner);
        ObjectNode outer = bob.activity("Announce", "/announces/outer");
        outer.set("object", middle);

        InboxResponse response = toBrand(bob, outer);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.message()).contains(eve.id);
    }

    @Test
    void aLikeOfABlockedAccountIsRefusedButTheSameLikeFromAnotherIsTaken() {
        ObjectNode like = eve.activity("Like", "/likes/eve").put("object", PLAZA.actor("blocker") + "/statuses/1");
        assertThat(toBrand(eve, like).status()).isEqualTo(403);

        ObjectNode bobLike = bob.activity("Like", "/likes/bob").put("object", PLAZA.actor("blocker") + "/statuses/1");
        assertThat(toBrand(bob, bobLike).status()).isEqualTo(202);
    }

    @Test
    void anImportedBlockByAddressTakesHoldWhenTheAccountFirstWrites() {
        RemoteActor frank = new RemoteActor(social, "frank");
        String address = "frank@" + social.base().substring("http://".length());
        store.ingest().ingest(workspace, new IngestBatch(List.of(), List.of(), Optional.empty(), List.of(), List.of(),
                List.of(address)), Progress.NONE);
        store.follows().saveFollower(new Follow(brand.id(), frank.id, frank.id + "/inbox", Optional.empty(),
                FollowState.ACCEPTED, frank.id + "#follow", Instant.now()));

        InboxResponse response = toBrand(frank, frank.activity("Like", "/likes/frank")
                .put("object", PLAZA.actor("blocker") + "/statuses/1"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(store.blocks().byActorUri(workspace, frank.id)).hasValueSatisfying(b -> {
            assertThat(b.acct()).contains(address);
            assertThat(b.inbox()).contains(frank.id + "/inbox");
        });
        assertThat(store.follows().followers(brand.id())).extracting(Follow::remoteActorUri).doesNotContain(frank.id);
        assertThat(queued()).anySatisfy(job -> {
            assertThat(job.inbox().toString()).isEqualTo(frank.id + "/inbox");
            assertThat(json(job)).contains("\"type\":\"Block\"").contains("\"object\":\"" + frank.id + "\"");
        });
    }

    @Test
    void blockingByUrlEndsFollowsAndSendsABlockAndUnblockingSendsItsUndo() {
        RemoteActor gina = new RemoteActor(social, "gina");
        store.follows().saveFollower(new Follow(brand.id(), gina.id, gina.id + "/inbox", Optional.empty(),
                FollowState.ACCEPTED, gina.id + "#follow", Instant.now()));
        store.follows().saveFollowing(new Follow(brand.id(), gina.id, gina.id + "/inbox", Optional.empty(),
                FollowState.ACCEPTED, PLAZA.actor("blocker") + "#follows/gina", Instant.now()));

        ActorBlock block = blocking.blockAccount(workspace, gina.id, "rude");

        assertThat(blocking.blockAccount(workspace, gina.id, "again")).as("blocking twice is blocking once").isEqualTo(block);
        assertThat(block.acct()).contains("gina@" + social.base().substring("http://".length()));
        assertThat(store.follows().followers(brand.id())).extracting(Follow::remoteActorUri).doesNotContain(gina.id);
        assertThat(store.follows().following(brand.id())).extracting(Follow::remoteActorUri).doesNotContain(gina.id);
        String blockId = PLAZA.actor("blocker") + "#blocks/" + block.id();
        assertThat(queued()).filteredOn(job -> job.activityId().equals(blockId)).singleElement()
                .satisfies(job -> assertThat(json(job)).contains("\"type\":\"Block\"").contains(gina.id));

        blocking.unblockAccount(workspace, block.id());

        assertThat(store.blocks().byActorUri(workspace, gina.id)).isEmpty();
        assertThat(queued()).filteredOn(job -> job.activityId().equals(blockId + "/undo")).singleElement()
                .satisfies(job -> assertThat(json(job)).contains("\"type\":\"Undo\"").contains(blockId));
    }

    @Test
    void blockingADomainEndsTheFollowsOfItsAccounts() {
        long other = db.newWorkspace().id();
        LocalActor shop = new ActorProvisioner(store.localActors()).create(other, "blockingshop", ActorKind.ORGANIZATION,
                "Shop", "");
        store.follows().saveFollower(new Follow(shop.id(), bob.id, bob.id + "/inbox", Optional.empty(),
                FollowState.ACCEPTED, bob.id + "#follow", Instant.now()));
        store.follows().saveFollower(new Follow(shop.id(), "https://fine.example/users/ok", "https://fine.example/inbox",
                Optional.empty(), FollowState.ACCEPTED, "https://fine.example/f", Instant.now()));

        blocking.blockDomain(other, " 127.0.0.1 ", "spam wave");

        assertThat(store.follows().followers(shop.id())).extracting(Follow::remoteActorUri)
                .containsExactly("https://fine.example/users/ok");
        assertThat(store.communities().blockedDomains(other)).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo("spam wave"));
    }

    @Test
    void theBrandsPostsAreNotDeliveredToBlockedAccountsOrServers() {
        long other = db.newWorkspace().id();
        LocalActor poster = new ActorProvisioner(store.localActors()).create(other, "poster", ActorKind.ORGANIZATION, "P", "");
        for (String actor : List.of("https://blocked.example/users/a", "https://fine.example/users/b",
                "https://fine.example/users/troll")) {
            store.follows().saveFollower(new Follow(poster.id(), actor, actor + "/inbox", Optional.empty(),
                    FollowState.ACCEPTED, actor + "#follow", Instant.now()));
        }
        store.blocks().blockDomain(other, "blocked.example", "");
        store.blocks().blockActor(other, new NewActorBlock("https://fine.example/users/troll", Optional.empty(),
                Optional.empty(), ""));
        Publisher publisher = new Publisher(store, PLAZA, InboxSetup.remoteObjects(store, PLAZA,
                GuardSettings.forLoopbackTests(), Clock.systemUTC()), new WebFingerClient(new GuardedHttpClient(
                GuardSettings.forLoopbackTests())), Clock.systemUTC());

        publisher.publish(poster, Draft.publicPost("Spring service week"));

        assertThat(queued()).filteredOn(job -> job.actorId() == poster.id()).extracting(job -> job.inbox().toString())
                .containsExactly("https://fine.example/users/b/inbox");
    }

    private static List<DeliveryJob> queued() {
        return store.deliveryJobs().claim("blocks-test", 100, Instant.now().plusSeconds(5), Duration.ofMinutes(1));
    }

    private static String json(DeliveryJob job) {
        return new String(job.activityJson(), StandardCharsets.UTF_8);
    }

    private static ObjectNode note(RemoteActor author, String path, String html) {
        ObjectNode note = RemoteActor.JSON.createObjectNode();
        note.put("@context", "https://www.w3.org/ns/activitystreams");
        note.put("id", author.server.url(path)).put("type", "Note").put("attributedTo", author.id)
                .put("content", html).put("published", "2025-05-01T10:00:00Z");
        note.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");
        note.putArray("cc").add(PLAZA.actor("blocker"));
        return note;
    }

    private static InboxResponse toBrand(RemoteActor sender, ObjectNode activity) {
        return inbox.receive(new InboxDelivery(sender.signedPost(PLAZA.inbox("blocker"), activity), Optional.of("blocker")));
    }
}
