package dev.plaza.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.core.Store;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.delivery.DeliveryJob;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.net.GuardSettings;
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

class InboxTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final ActorUris PLAZA = ActorUris.of("https://plaza.test");
    private static RemoteServer social;
    private static RemoteServer elsewhere;
    private static RemoteActor bob;
    private static RemoteActor carol;
    private static Store store;
    private static long workspace;
    private static LocalActor brand;
    private static long blockingWorkspace;
    private static LocalActor shop;
    private static Inbox inbox;

    @BeforeAll
    static void start() {
        store = db.store();
        social = new RemoteServer("127.0.0.1");
        elsewhere = new RemoteServer("127.0.0.2");
        bob = new RemoteActor(social, "bob");
        carol = new RemoteActor(elsewhere, "carol");
        ActorProvisioner actors = new ActorProvisioner(store.localActors());
        workspace = db.newWorkspace().id();
        brand = actors.create(workspace, "brand", ActorKind.ORGANIZATION, "Fernhill Bikes", "");
        blockingWorkspace = db.newWorkspace().id();
        shop = actors.create(blockingWorkspace, "shop", ActorKind.ORGANIZATION, "Shop", "");
        store.ingest().ingest(blockingWorkspace, new IngestBatch(List.of(), List.of(), Optional.empty(), List.of(),
                List.of("127.0.0.2"), List.of()), Progress.NONE);
        inbox = InboxSetup.create(store, PLAZA, GuardSettings.forLoopbackTests(), store.deliveries(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        social.close();
        elsewhere.close();
    }

    @Test
    void aFollowStoresTheFollowerAndQueuesAnAcceptSignedAsTheFollowedActor() {
        ObjectNode follow = bob.activity("Follow", "/follows/1").put("object", PLAZA.actor("brand"));

        InboxResponse response = toBrand(bob, follow);

        assertThat(response.status()).as(response.message()).isEqualTo(202);
        assertThat(store.follows().followers(brand.id())).singleElement().satisfies(f -> {
            assertThat(f.remoteActorUri()).isEqualTo(bob.id);
            assertThat(f.remoteInbox()).isEqualTo(bob.id + "/inbox");
            assertThat(f.followActivityId()).isEqualTo(social.url("/follows/1"));
        });
        List<DeliveryJob> jobs = store.deliveryJobs().claim("inbox-test", 100, Instant.now().plusSeconds(5),
                Duration.ofMinutes(1));
        assertThat(jobs).anySatisfy(job -> {
            assertThat(job.actorId()).isEqualTo(brand.id());
            assertThat(job.inbox().toString()).isEqualTo(bob.id + "/inbox");
            String json = new String(job.activityJson(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"type\":\"Accept\"").contains(social.url("/follows/1"));
        });
    }

    @Test
    void anUndoOfTheFollowRemovesTheFollower() {
        ObjectNode follow = bob.activity("Follow", "/follows/2").put("object", PLAZA.actor("shop"));
        assertThat(toShared(bob, follow).status()).isEqualTo(202);
        assertThat(store.follows().followers(shop.id())).extracting(Follow::remoteActorUri).containsExactly(bob.id);

        ObjectNode undo = bob.activity("Undo", "/undos/2");
        undo.set("object", follow.deepCopy().without("@context"));

        assertThat(toShared(bob, undo).status()).isEqualTo(202);
        assertThat(store.follows().followers(shop.id())).isEmpty();
    }

    /** Fedify's Accept embeds Plaza's Follow with Plaza's actor inside, in JSON-LD the parser would refuse. */
    @Test
    void anAcceptEmbeddingPlazasOwnFollowSettlesItWhateverShapeTheCopyHas() throws Exception {
        String followId = PLAZA.actor("brand") + "#follows/fedify-style";
        store.follows().saveFollowing(new Follow(brand.id(), bob.id, bob.id + "/inbox", Optional.empty(),
                FollowState.PENDING, followId, Instant.now()));
        ObjectNode accept = bob.activity("Accept", "/accepts/fedify-style");
        accept.set("object", RemoteActor.JSON.readTree("""
                {"id": "%s", "type": "Follow", "object": "%s",
                 "actor": {"id": "%s", "type": "Organization", "http://joinmastodon.org/ns#discoverable": true,
                   "sec:assertionMethod": {"id": "%s#ed25519-key", "type": "sec:Multikey",
                     "sec:publicKeyMultibase": {"type": "sec:multibase", "@value": "z6MkfiPodE46E3igMEYQuip2uNH7GVDx"}}}}
                """.formatted(followId, bob.id, PLAZA.actor("brand"), PLAZA.actor("brand"))));

        InboxResponse response = toBrand(bob, accept);

        assertThat(response.status()).as(response.message()).isEqualTo(202);
        assertThat(store.follows().followingOf(bob.id)).filteredOn(f -> f.localActorId() == brand.id())
                .singleElement().extracting(Follow::state).isEqualTo(FollowState.ACCEPTED);
    }

    @Test
    void aRejectOfTheBrandsFollowMarksItRejectedAndIsRecordedInTheCommunity() {
        RemoteActor dora = new RemoteActor(social, "dora");
        String followId = PLAZA.actor("brand") + "#follows/to-dora";
        store.follows().saveFollowing(new Follow(brand.id(), dora.id, dora.id + "/inbox", Optional.empty(),
                FollowState.PENDING, followId, Instant.now()));
        ObjectNode reject = dora.activity("Reject", "/rejects/1");
        reject.putObject("object").put("id", followId).put("type", "Follow").put("actor", PLAZA.actor("brand"))
                .put("object", dora.id);

        InboxResponse response = toBrand(dora, reject);

        assertThat(response.status()).as(response.message()).isEqualTo(202);
        assertThat(store.follows().followingOf(dora.id)).singleElement().extracting(Follow::state)
                .isEqualTo(FollowState.REJECTED);
        Activity recorded = store.activities().findByUri(workspace, social.url("/rejects/1")).orElseThrow();
        assertThat(recorded.kind()).isEqualTo(ActivityKind.REJECT);
        assertThat(recorded.targetUri()).contains(PLAZA.actor("brand"));
        assertThat(store.people().identity(workspace, recorded.authorIdentityId()))
                .hasValueSatisfying(author -> assertThat(author.stableId()).isEqualTo(dora.id));
    }

    @Test
    void aRejectOfAFollowPlazaNeverSentChangesAndRecordsNothing() {
        RemoteActor erin = new RemoteActor(social, "erin");
        ObjectNode reject = erin.activity("Reject", "/rejects/unknown").put("object", PLAZA.actor("brand") + "#follows/none");

        InboxResponse response = toBrand(erin, reject);

        assertThat(response.status()).isEqualTo(202);
        assertThat(store.activities().findByUri(workspace, social.url("/rejects/unknown"))).isEmpty();
    }

    @Test
    void aForgedSignatureIsRefusedWith401() {
        ObjectNode like = bob.activity("Like", "/likes/forged").put("object", social.url("/notes/x"));

        InboxResponse response = toBrand(bob.forger(), like);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.message()).contains("signature");
        assertThat(store.activities().findByUri(workspace, social.url("/likes/forged"))).isEmpty();
    }

    @Test
    void anActivityWhoseActorIsNotTheSignerIsRefused() {
        ObjectNode like = bob.activity("Like", "/likes/impostor").put("actor", carol.id).put("object", social.url("/n"));

        InboxResponse response = toBrand(bob, like);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.message()).contains("signed by " + bob.id);
    }

    @Test
    void aCreateWhoseObjectLivesOnAnotherOriginIsFetchedFromThereAndRefused() {
        elsewhere.put("/notes/real", note(carol, "/notes/real", "what carol really wrote").toString());
        ObjectNode create = bob.activity("Create", "/creates/forged");
        ObjectNode forged = note(carol, "/notes/real", "words put in carol's mouth");
        forged.put("attributedTo", bob.id);
        create.set("object", forged);

        InboxResponse response = toBrand(bob, create);

        assertThat(elsewhere.hits("/notes/real")).isEqualTo(1);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.message()).contains("attributed to " + carol.id);
        assertThat(store.activities().findByUri(workspace, elsewhere.url("/notes/real"))).isEmpty();
    }

    @Test
    void aFetchedDocumentWhoseIdIsNotItsUrlIsRefused() {
        elsewhere.put("/notes/liar", note(carol, "/notes/other", "not what was asked for").toString());
        ObjectNode announce = bob.activity("Announce", "/announces/liar");
        announce.set("object", note(carol, "/notes/liar", "embedded"));

        InboxResponse response = toBrand(bob, announce);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.message()).contains("claims the id " + elsewhere.url("/notes/other"));
    }

    @Test
    void aGraphDocumentIsRefused() {
        ObjectNode like = bob.activity("Like", "/likes/graph").put("object", social.url("/notes/1"));
        like.putArray("@graph").addObject().put("id", social.url("/x")).put("type", "Note");

        InboxResponse response = toBrand(bob, like);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.message()).contains("@graph");
    }

    @Test
    void aRepeatedActivityIdIsProcessedOnce() {
        ObjectNode like = bob.activity("Like", "/likes/twice").put("object", PLAZA.actor("brand") + "/posts/1");

        InboxResponse first = toBrand(bob, like);
        InboxResponse second = toBrand(bob, like);

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(202);
        assertThat(second.message()).startsWith("already received");
        Activity stored = store.activities().findByUri(workspace, social.url("/likes/twice")).orElseThrow();
        assertThat(stored.kind()).isEqualTo(ActivityKind.LIKE);
        assertThat(stored.targetUri()).contains(PLAZA.actor("brand") + "/posts/1");
    }

    @Test
    void aRepeatedCreateStoresItsPostOnceWhateverItsActivityId() {
        ObjectNode create = bob.activity("Create", "/notes/twice#create");
        create.set("object", note(bob, "/notes/twice", "<p>Twice</p>").put("cc", PLAZA.actor("brand")));
        ObjectNode resent = bob.activity("Create", "/notes/twice#create-again");
        resent.set("object", create.get("object").deepCopy());

        assertThat(toBrand(bob, create).status()).isEqualTo(202);
        Activity stored = store.activities().findByUri(workspace, social.url("/notes/twice")).orElseThrow();
        long counted = authoredBy(stored);
        InboxResponse again = toBrand(bob, create);
        InboxResponse resentResponse = toBrand(bob, resent);

        assertThat(List.of(again.status(), resentResponse.status())).containsOnly(202);
        assertThat(authoredBy(stored)).as("the post is counted once for its author").isEqualTo(counted);
    }

    private static long authoredBy(Activity activity) {
        long person = store.people().identity(workspace, activity.authorIdentityId()).orElseThrow().personId();
        return store.people().find(workspace, person).orElseThrow().activityCount();
    }

    @Test
    void aBlockedServerIsRefusedAtTheTopLevel() {
        ObjectNode follow = carol.activity("Follow", "/follows/blocked").put("object", PLAZA.actor("shop"));

        InboxResponse response = inbox.receive(new InboxDelivery(carol.signedPost(PLAZA.inbox("shop"), follow), Optional.of("shop")));

        assertThat(response.status()).isEqualTo(403);
        assertThat(store.follows().followers(shop.id())).extracting(Follow::remoteActorUri).doesNotContain(carol.id);
    }

    @Test
    void aBlockedServerIsRefusedWhenNested() {
        ObjectNode announce = bob.activity("Announce", "/announces/nested").put("object", elsewhere.url("/notes/any"));

        InboxResponse response = inbox.receive(new InboxDelivery(bob.signedPost(PLAZA.inbox("shop"), announce), Optional.of("shop")));

        assertThat(response.status()).isEqualTo(403);
        assertThat(store.activities().findByUri(blockingWorkspace, social.url("/announces/nested"))).isEmpty();
    }

    @Test
    void aReplyLandsInTheConversationOfItsParent() {
        ObjectNode post = bob.activity("Create", "/notes/root#create");
        post.set("object", note(bob, "/notes/root", "<p>Does the <b>Fernhill</b> fit a child seat?</p>")
                .put("cc", PLAZA.actor("brand")));
        ((ObjectNode) post.get("object")).putArray("tag").addObject().put("type", "Mention")
                .put("href", PLAZA.actor("brand")).put("name", "@brand@plaza.test");
        assertThat(toShared(bob, post).status()).isEqualTo(202);

        ObjectNode reply = bob.activity("Create", "/notes/reply#create");
        reply.set("object", note(bob, "/notes/reply", "<p>Answering myself: yes</p>")
                .put("inReplyTo", social.url("/notes/root")));
        InboxResponse response = toBrand(bob, reply, true);

        assertThat(response.status()).as(response.message()).isEqualTo(202);
        Activity root = store.activities().findByUri(workspace, social.url("/notes/root")).orElseThrow();
        Activity answer = store.activities().findByUri(workspace, social.url("/notes/reply")).orElseThrow();
        assertThat(root.kind()).isEqualTo(ActivityKind.MENTION);
        assertThat(root.text()).isEqualTo("Does the Fernhill fit a child seat?");
        assertThat(answer.kind()).isEqualTo(ActivityKind.REPLY);
        assertThat(answer.conversationId()).isPresent().isEqualTo(root.conversationId());
        assertThat(store.people().identity(workspace, answer.authorIdentityId())).hasValueSatisfying(author ->
                assertThat(author.handle()).isEqualTo("@bob@" + social.base().substring("http://".length())));
    }

    @Test
    void anArticleIsStoredWithItsTitleAndAQuestionWithItsOptions() {
        ObjectNode article = bob.activity("Create", "/articles/1#create");
        article.set("object", note(bob, "/articles/1", "<p>Ten tips for winter riding</p>").put("type", "Article")
                .put("name", "Winter riding"));
        ObjectNode question = bob.activity("Create", "/questions/1#create");
        ObjectNode poll = note(bob, "/questions/1", "<p>Which tip helped most?</p>").put("type", "Question")
                .put("inReplyTo", social.url("/articles/1"));
        var options = poll.putArray("anyOf");
        options.addObject().put("type", "Note").put("name", "Studded tyres");
        options.addObject().put("type", "Note").put("name", "Mudguards");
        question.set("object", poll);

        assertThat(toBrand(bob, article).status()).isEqualTo(202);
        assertThat(toBrand(bob, question).status()).isEqualTo(202);

        Activity storedArticle = store.activities().findByUri(workspace, social.url("/articles/1")).orElseThrow();
        Activity storedPoll = store.activities().findByUri(workspace, social.url("/questions/1")).orElseThrow();
        assertThat(storedArticle.text()).isEqualTo("Winter riding\n\nTen tips for winter riding");
        assertThat(storedPoll.text()).isEqualTo("Which tip helped most?\n\n☐ Studded tyres\n☐ Mudguards");
        assertThat(storedPoll.conversationId()).isPresent().isEqualTo(storedArticle.conversationId());
    }

    private static ObjectNode note(RemoteActor author, String path, String html) {
        ObjectNode note = RemoteActor.JSON.createObjectNode();
        note.put("@context", "https://www.w3.org/ns/activitystreams");
        note.put("id", author.server.url(path)).put("type", "Note").put("attributedTo", author.id)
                .put("content", html).put("published", "2025-05-01T10:00:00Z");
        note.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");
        return note;
    }

    private static InboxResponse toBrand(RemoteActor sender, ObjectNode activity) {
        return toBrand(sender, activity, false);
    }

    private static InboxResponse toBrand(RemoteActor sender, ObjectNode activity, boolean rfc9421) {
        byte[] body = activity.toString().getBytes(StandardCharsets.UTF_8);
        return inbox.receive(new InboxDelivery(sender.signedPost(PLAZA.inbox("brand"), body, rfc9421), Optional.of("brand")));
    }

    private static InboxResponse toShared(RemoteActor sender, ObjectNode activity) {
        return inbox.receive(new InboxDelivery(sender.signedPost(PLAZA.sharedInbox(), activity), Optional.empty()));
    }
}
