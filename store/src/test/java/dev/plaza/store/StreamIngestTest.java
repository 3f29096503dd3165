package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.ingest.StreamBatch.Deletion;
import dev.plaza.core.people.Identity;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StreamIngestTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
    private static final String STREAM = "bluesky-firehose:relay.example";

    private final SeenIdentity alice = account("alice", "social.example");

    @Test
    void aStreamBatchCommitsWithoutWaitingForTheDisk() {
        long w = db.newWorkspace().id();
        List<String> settings = new java.util.ArrayList<>();

        ((PgIngest) db.store().streams()).ingest(w, stream(5, post("https://social.example/p/5", alice, T0, "hello")),
                h -> settings.add(h.createQuery("SELECT setting || ' from ' || source FROM pg_settings WHERE name = 'synchronous_commit'")
                        .mapTo(String.class).one()));

        assertThat(settings).as("set for this transaction alone").containsExactly("off from session");
        assertThat(db.store().streams().position(w, STREAM)).hasValue(5L);
    }

    @Test
    void aBatchAndItsPositionAreStoredTogether() {
        long w = db.newWorkspace().id();
        assertThat(db.store().streams().position(w, STREAM)).isEmpty();

        db.store().streams().ingest(w, stream(41, post("https://social.example/p/1", alice, T0, "hello")));
        db.store().streams().ingest(w, stream(57));

        assertThat(db.store().streams().position(w, STREAM)).hasValue(57L);
        assertThat(db.store().streams().position(w, "another stream")).isEmpty();
        assertThat(db.store().activities().findByUri(w, "https://social.example/p/1")).isPresent();
    }

    @Test
    void aPostAListenerHeardIsAConversationBeforeAnyoneRepliesAndItsRepliesJoinIt() {
        long w = db.newWorkspace().id();

        db.store().streams().ingest(w, stream(1, post("https://social.example/p/heard", alice, T0, "Is the café open?")));
        db.store().ingest().ingest(w, new IngestBatch(List.of(alice), List.of(post("https://social.example/p/imported", alice, T0,
                "An old post of the brand's")), Optional.empty()), Progress.NONE);
        db.store().streams().ingest(w, stream(2, reply("https://social.example/p/answer", alice,
                T0.plusSeconds(60), "It is!", "https://social.example/p/heard")));

        var heard = db.store().activities().findByUri(w, "https://social.example/p/heard").orElseThrow();
        assertThat(heard.conversationId()).isPresent();
        assertThat(db.store().conversations().find(w, heard.conversationId().get()).orElseThrow().activityCount()).isEqualTo(2);
        assertThat(db.store().activities().findByUri(w, "https://social.example/p/answer").orElseThrow().conversationId())
                .isEqualTo(heard.conversationId());
        assertThat(db.store().activities().findByUri(w, "https://social.example/p/imported").orElseThrow().conversationId())
                .as("an imported post waits for a reply").isEmpty();
    }

    @Test
    void aFailingBatchLeavesNeitherItsActivitiesNorItsPosition() {
        long w = db.newWorkspace().id();
        db.store().streams().ingest(w, stream(10));
        var orphan = post("https://social.example/p/2", account("bob", "elsewhere.example"), T0, "who am I");
        StreamBatch inconsistent = stream(20, post("https://social.example/p/1", alice, T0, "fine"), orphan);

        assertThatThrownBy(() -> db.store().streams().ingest(w, inconsistent)).hasMessageContaining("does not describe");

        assertThat(db.store().streams().position(w, STREAM)).hasValue(10L);
        assertThat(db.store().activities().findByUri(w, "https://social.example/p/1")).isEmpty();
    }

    @Test
    void batchesOfSeveralStreamsAreStoredTogetherWithEachPosition() {
        long w = db.newWorkspace().id();
        StreamBatch feed = new StreamBatch("feed:1", 1_700, new IngestBatch(List.of(alice),
                List.of(post("https://social.example/p/3", alice, T0, "from a feed")), Optional.empty()), List.of(), List.of());

        db.store().streams().ingestAll(w, List.of(stream(41, List.of(alice), post("https://social.example/p/1", alice, T0, "hello")),
                feed, stream(57)));

        assertThat(db.store().streams().position(w, STREAM)).hasValue(57L);
        assertThat(db.store().streams().position(w, "feed:1")).hasValue(1_700L);
        assertThat(db.store().activities().findByUri(w, "https://social.example/p/1")).isPresent();
        assertThat(db.store().activities().findByUri(w, "https://social.example/p/3")).isPresent();
        assertThat(identities(w)).hasSize(1);
    }

    @Test
    void pollsOfSeveralFeedsStoredTogetherKeepEachItemInItsOwnChannel() {
        long w = db.newWorkspace().id();
        long blog = db.store().channels().add(w, Platform.RSS, "https://blog.example/feed.xml", ChannelKind.LISTENING,
                Optional.empty()).id();
        long forum = db.store().channels().add(w, Platform.RSS, "https://forum.example/feed.xml", ChannelKind.LISTENING,
                Optional.empty()).id();
        SeenIdentity bob = account("bob", "forum.example");
        var fromBlog = post("https://blog.example/p/1", alice, T0, "a release of the blog");
        var deletedLater = post("https://forum.example/t/9", bob, T0, "a thread deleted since");
        var fromForum = post("https://forum.example/t/1", bob, T0.plusSeconds(5), "a release on the forum");

        db.store().streams().ingestAll(w, List.of(
                new StreamBatch("feed:" + blog, 100, new IngestBatch(List.of(alice), List.of(fromBlog), Optional.of(blog)),
                        List.of(), List.of()),
                new StreamBatch("feed:" + forum, 200, new IngestBatch(List.of(bob, alice), List.of(deletedLater, fromForum),
                        Optional.of(forum)), List.of(), List.of(new Deletion(deletedLater.uri(), bob.stableId(), T0.plusSeconds(9))))));

        assertThat(db.store().activities().findByUri(w, fromBlog.uri()).orElseThrow().channelId()).hasValue(blog);
        assertThat(db.store().activities().findByUri(w, fromForum.uri()).orElseThrow().channelId()).hasValue(forum);
        assertThat(db.store().activities().findByUri(w, deletedLater.uri()).orElseThrow().text())
                .as("a deletion applies after every batch of its group").isEmpty();
        assertThat(db.store().streams().position(w, "feed:" + blog)).hasValue(100L);
        assertThat(db.store().streams().position(w, "feed:" + forum)).hasValue(200L);
        assertThat(identities(w)).hasSize(2);
    }

    @Test
    void aRefusedBatchLeavesEveryBatchOfItsGroupUnstored() {
        long w = db.newWorkspace().id();
        var orphan = post("https://social.example/p/2", account("bob", "elsewhere.example"), T0, "who am I");
        StreamBatch fine = stream(10, List.of(alice), post("https://social.example/p/1", alice, T0, "fine"));
        StreamBatch inconsistent = new StreamBatch("feed:1", 20, new IngestBatch(List.of(alice), List.of(orphan), Optional.empty()),
                List.of(), List.of());

        assertThatThrownBy(() -> db.store().streams().ingestAll(w, List.of(fine, inconsistent))).hasMessageContaining("does not describe");

        assertThat(db.store().streams().position(w, STREAM)).isEmpty();
        assertThat(db.store().streams().position(w, "feed:1")).isEmpty();
        assertThat(db.store().activities().findByUri(w, "https://social.example/p/1")).isEmpty();
    }

    @Test
    void newHandlesRefreshKnownIdentitiesAndAddNone() {
        long w = db.newWorkspace().id();
        SeenIdentity carol = SeenIdentity.of(Platform.BLUESKY, "did:plc:carol", "carol.bsky.social", "Carol", Optional.empty());
        db.store().streams().ingest(w, stream(1, List.of(carol), post("at://did:plc:carol/app.bsky.feed.post/3k", carol, T0, "hi")));

        SeenIdentity renamed = SeenIdentity.of(Platform.BLUESKY, "did:plc:carol", "carol.example", "did:plc:carol", Optional.empty());
        SeenIdentity stranger = SeenIdentity.of(Platform.BLUESKY, "did:plc:dave", "dave.example", "did:plc:dave", Optional.empty());
        db.store().streams().ingest(w, new StreamBatch(STREAM, 2, empty(), List.of(renamed, stranger), List.of()));

        assertThat(identities(w)).extracting(Identity::stableId, Identity::handle, Identity::displayName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("did:plc:carol", "carol.example", "Carol"));
    }

    @Test
    void anAccountSeenByItsDidAloneKeepsTheHandleAndNameKnownBefore() {
        long w = db.newWorkspace().id();
        SeenIdentity carol = SeenIdentity.of(Platform.BLUESKY, "did:plc:carol", "carol.bsky.social", "Carol", Optional.empty());
        db.store().streams().ingest(w, stream(1, List.of(carol), post("at://did:plc:carol/app.bsky.feed.post/3k", carol, T0, "hi")));

        SeenIdentity byDid = SeenIdentity.of(Platform.BLUESKY, "did:plc:carol", "did:plc:carol", "did:plc:carol", Optional.empty());
        db.store().streams().ingest(w, stream(2, List.of(byDid), post("at://did:plc:carol/app.bsky.feed.post/3l", byDid, T0, "again")));

        assertThat(identities(w)).extracting(Identity::handle, Identity::displayName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("carol.bsky.social", "Carol"));
    }

    @Test
    void anAccountFirstSeenByItsDidTakesItsHandleAsNameOnceTheHandleIsKnown() {
        long w = db.newWorkspace().id();
        SeenIdentity byDid = SeenIdentity.of(Platform.BLUESKY, "did:plc:dave", "did:plc:dave", "did:plc:dave", Optional.empty());
        db.store().streams().ingest(w, stream(1, List.of(byDid), post("at://did:plc:dave/app.bsky.feed.post/3k", byDid, T0, "hi")));
        assertThat(identities(w)).extracting(Identity::handle, Identity::displayName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("did:plc:dave", "did:plc:dave"));

        SeenIdentity named = SeenIdentity.of(Platform.BLUESKY, "did:plc:dave", "dave.example", "did:plc:dave", Optional.empty());
        db.store().streams().ingest(w, new StreamBatch(STREAM, 2, empty(), List.of(named), List.of()));

        assertThat(identities(w)).extracting(Identity::handle, Identity::displayName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dave.example", "dave.example"));
    }

    @Test
    void anAccountFirstSeenInTheBatchThatRenamesItTakesTheNewHandle() {
        long w = db.newWorkspace().id();
        SeenIdentity byDid = SeenIdentity.of(Platform.BLUESKY, "did:plc:erin", "did:plc:erin", "did:plc:erin", Optional.empty());
        SeenIdentity named = SeenIdentity.of(Platform.BLUESKY, "did:plc:erin", "erin.example", "did:plc:erin", Optional.empty());

        db.store().streams().ingest(w, new StreamBatch(STREAM, 3, new IngestBatch(List.of(byDid),
                List.of(post("at://did:plc:erin/app.bsky.feed.post/3m", byDid, T0, "hello")), Optional.empty()), List.of(named),
                List.of()));

        assertThat(identities(w)).extracting(Identity::handle, Identity::displayName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("erin.example", "erin.example"));
    }

    @Test
    void theReasonsAnActivityWasKeptForAreKeptWithItOnce() {
        long w = db.newWorkspace().id();
        var kept = post("https://social.example/p/9", alice, T0, "the repair café");
        List<MatchReason> why = List.of(new MatchReason(MatchReason.Kind.KEYWORD, "repair café"),
                new MatchReason(MatchReason.Kind.MENTIONS_BRAND, "did:plc:brand"));
        StreamBatch batch = new StreamBatch(STREAM, 1, new IngestBatch(List.of(alice), List.of(kept), Optional.empty()),
                List.of(), List.of(), java.util.Map.of(kept.uri(), why));

        db.store().streams().ingest(w, batch);
        db.store().streams().ingest(w, batch);

        long id = db.store().activities().findByUri(w, kept.uri()).orElseThrow().id();
        assertThat(db.store().activities().matchReasons(w, List.of(id))).containsExactly(java.util.Map.entry(id, why));
        long elsewhere = db.newWorkspace().id();
        assertThat(db.store().activities().matchReasons(elsewhere, List.of(id))).as("another workspace's").isEmpty();
    }

    @Test
    void deletionsEmptyStoredPostsOfTheirOwnAuthorOnly() {
        long w = db.newWorkspace().id();
        db.store().streams().ingest(w, stream(1, post("https://social.example/p/1", alice, T0, "soon gone"),
                post("https://social.example/p/2", alice, T0, "stays")));

        db.store().streams().ingest(w, new StreamBatch(STREAM, 2, empty(), List.of(), List.of(
                new Deletion("https://social.example/p/1", alice.stableId(), T0.plusSeconds(5)),
                new Deletion("https://social.example/p/2", "https://elsewhere.example/users/mallory", T0.plusSeconds(5)),
                new Deletion("https://social.example/p/never-stored", alice.stableId(), T0.plusSeconds(5)))));

        assertThat(db.store().activities().findByUri(w, "https://social.example/p/1").orElseThrow().text()).isEmpty();
        assertThat(db.store().activities().findByUri(w, "https://social.example/p/2").orElseThrow().text()).isEqualTo("stays");
        assertThat(db.store().streams().position(w, STREAM)).hasValue(2L);
    }

    private StreamBatch stream(long position, dev.plaza.core.ingest.IncomingActivity... activities) {
        return stream(position, List.of(alice), activities);
    }

    private static StreamBatch stream(long position, List<SeenIdentity> authors, dev.plaza.core.ingest.IncomingActivity... activities) {
        return new StreamBatch(STREAM, position, new IngestBatch(authors, List.of(activities), Optional.empty()), List.of(), List.of());
    }

    private static IngestBatch empty() {
        return new IngestBatch(List.of(), List.of(), Optional.empty());
    }

    private static List<Identity> identities(long w) {
        return db.store().people().identities(w, PageRequest.first(10)).items();
    }
}
