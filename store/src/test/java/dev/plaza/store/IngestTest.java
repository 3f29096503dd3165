package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityFilter;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.activity.Conversation;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.PersonHint;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.people.Person;
import dev.plaza.core.people.PersonFilter;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IngestTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private final SeenIdentity brand = account("brand", "plaza.example");
    private final SeenIdentity alice = account("alice", "social.example");
    private final SeenIdentity bob = account("bob", "mastodon.example");

    private IngestBatch thread() {
        return new IngestBatch(List.of(brand, alice, bob), List.of(
                post("https://plaza.example/p/1", brand, T0, "We just opened the repair café!"),
                reply("https://social.example/p/2", alice, T0.plusSeconds(60), "Where is it?", "https://plaza.example/p/1",
                        brand.key()),
                reply("https://plaza.example/p/3", brand, T0.plusSeconds(120), "Harbour street 4", "https://social.example/p/2",
                        alice.key()),
                post("https://mastodon.example/p/4", bob, T0.plusSeconds(180), "Nice weather")), Optional.empty());
    }

    @Test
    void aThreadBecomesOneConversationAndEveryoneAPerson() {
        long w = db.newWorkspace().id();

        IngestResult result = db.store().ingest().ingest(w, thread(), Progress.NONE);

        assertThat(result).isEqualTo(new IngestResult(4, 3, 3, 1));
        List<Conversation> conversations = db.store().conversations().list(w, Optional.empty(), PageRequest.first(10)).items();
        assertThat(conversations).singleElement().satisfies(c -> {
            assertThat(c.rootUri()).isEqualTo("https://plaza.example/p/1");
            assertThat(c.activityCount()).isEqualTo(3);
            assertThat(c.subject()).isEqualTo("We just opened the repair café!");
            assertThat(c.lastActivityAt()).isEqualTo(T0.plusSeconds(120));
        });
        assertThat(db.store().conversations().thread(w, conversations.get(0).id()))
                .extracting(Activity::uri)
                .containsExactly("https://plaza.example/p/1", "https://social.example/p/2", "https://plaza.example/p/3");
        assertThat(db.store().activities().totals(w).activities()).isEqualTo(4);
    }

    @Test
    void theSameStableIdOnAnotherPlatformIsAnotherIdentity() {
        long w = db.newWorkspace().id();
        String site = "https://ana.example/";
        SeenIdentity fediverse = SeenIdentity.of(Platform.FEDIVERSE, site, "@ana@ana.example", "Ana", Optional.empty());
        SeenIdentity feed = SeenIdentity.of(Platform.RSS, site, "ana.example", "Ana's blog", Optional.empty());
        SeenIdentity other = account("bo", "social.example");
        db.store().ingest().ingest(w, new IngestBatch(List.of(fediverse, other), List.of(
                post("https://ana.example/notes/1", fediverse, T0, "a note")), Optional.empty()), Progress.NONE);

        IngestResult second = db.store().ingest().ingest(w, new IngestBatch(List.of(feed, other), List.of(
                post("https://ana.example/blog/1", feed, T0, "a blog post")), Optional.empty()), Progress.NONE);

        assertThat(second.identities()).as("the feed's author is new; bo is known").isEqualTo(1);
        assertThat(db.store().activities().findByUri(w, "https://ana.example/blog/1").orElseThrow().authorIdentityId())
                .isNotEqualTo(db.store().activities().findByUri(w, "https://ana.example/notes/1").orElseThrow().authorIdentityId());
    }

    @Test
    void communitiesCountTheirActivitiesAndPeopleFromTheRollup() {
        long w = db.newWorkspace().id();
        db.store().ingest().ingest(w, thread(), Progress.NONE);
        db.store().ingest().ingest(w, thread(), Progress.NONE);

        var communities = db.store().communities().list(w);

        assertThat(communities).extracting(c -> c.community().name(), c -> c.activities(), c -> c.people())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("plaza.example", 2L, 1L),
                        org.assertj.core.groups.Tuple.tuple("mastodon.example", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("social.example", 1L, 1L));
        assertThat(communities.get(0).lastActivityAt()).contains(T0.plusSeconds(120));
    }

    @Test
    void listMembersJoinTheirListAndBlockedServersAreKeptOnce() {
        long w = db.newWorkspace().id();
        var list = new dev.plaza.core.ingest.CommunityRef(Platform.FEDIVERSE, dev.plaza.core.community.CommunityKind.LIST,
                "Repair heroes", Optional.empty());
        IngestBatch batch = new IngestBatch(List.of(brand, alice, bob), List.of(), Optional.empty(),
                List.of(new dev.plaza.core.ingest.Membership(list, alice.key()),
                        new dev.plaza.core.ingest.Membership(list, bob.key())),
                List.of("spam.example", "Spam.example", "noise.example"), List.of());

        db.store().ingest().ingest(w, batch, Progress.NONE);
        db.store().ingest().ingest(w, batch, Progress.NONE);

        assertThat(db.store().communities().list(w)).singleElement().satisfies(c -> {
            assertThat(c.community().name()).isEqualTo("Repair heroes");
            assertThat(c.people()).isEqualTo(2);
            assertThat(c.activities()).isZero();
            assertThat(c.lastActivityAt()).isEmpty();
        });
        assertThat(db.store().communities().blockedDomains(w)).extracting(b -> b.domain())
                .containsExactly("noise.example", "spam.example");
    }

    @Test
    void aMembershipOfAnUndescribedAccountOrABadServerNameIsRefused() {
        long w = db.newWorkspace().id();
        var list = new dev.plaza.core.ingest.CommunityRef(Platform.FEDIVERSE, dev.plaza.core.community.CommunityKind.LIST,
                "L", Optional.empty());

        assertThatThrownBy(() -> db.store().ingest().ingest(w, new IngestBatch(List.of(brand), List.of(), Optional.empty(),
                List.of(new dev.plaza.core.ingest.Membership(list, alice.key())), List.of(), List.of()), Progress.NONE))
                .hasMessageContaining("lists").hasMessageContaining("does not describe");
        assertThatThrownBy(() -> db.store().ingest().ingest(w, new IngestBatch(List.of(brand), List.of(), Optional.empty(),
                List.of(), List.of("bad server/name"), List.of()), Progress.NONE))
                .hasMessageContaining("not a server name");
    }

    @Test
    void anAuthorsActivitiesAddUpAcrossBatches() {
        long w = db.newWorkspace().id();
        db.store().ingest().ingest(w, thread(), Progress.NONE);

        db.store().ingest().ingest(w, new IngestBatch(List.of(brand, alice), List.of(
                post("https://plaza.example/p/5", brand, T0.plusSeconds(240), "Open until six"),
                post("https://social.example/p/6", alice, T0.plusSeconds(300), "On my way")), Optional.empty()), Progress.NONE);

        assertThat(db.store().people().search(w, new PersonFilter(Optional.empty(), Optional.empty()), PageRequest.first(10))
                .items()).extracting(Person::displayName, Person::activityCount)
                .containsExactlyInAnyOrder(tuple("Brand", 3L),
                        tuple("Alice", 2L), tuple("Bob", 1L));
    }

    @Test
    void ingestingTheSameBatchAgainAddsNothing() {
        long w = db.newWorkspace().id();
        db.store().ingest().ingest(w, thread(), Progress.NONE);

        IngestResult again = db.store().ingest().ingest(w, thread(), Progress.NONE);

        assertThat(again).isEqualTo(IngestResult.NOTHING);
        assertThat(db.store().people().search(w, new PersonFilter(Optional.of("brand"), Optional.empty()),
                PageRequest.first(5)).items()).singleElement()
                .satisfies(p -> assertThat(p.activityCount()).as("counted once").isEqualTo(2));
        assertThat(db.store().activities().totals(w).activities()).isEqualTo(4);
        assertThat(db.store().conversations().list(w, Optional.empty(), PageRequest.first(10)).items())
                .singleElement().extracting(Conversation::activityCount).isEqualTo(3);
        assertThat(db.store().activities().daily(w, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)))
                .singleElement().satisfies(d -> assertThat(d.count()).isEqualTo(4));
    }

    @Test
    void aReplyThatArrivesBeforeItsParentIsThreadedWhenTheParentComes() {
        long w = db.newWorkspace().id();
        IngestBatch replyOnly = new IngestBatch(List.of(alice, brand), List.of(
                reply("https://social.example/p/2", alice, T0.plusSeconds(60), "Where is it?", "https://plaza.example/p/1")),
                Optional.empty());
        IngestBatch parentLater = new IngestBatch(List.of(brand), List.of(
                post("https://plaza.example/p/1", brand, T0, "We just opened the repair café!")), Optional.empty());

        assertThat(db.store().ingest().ingest(w, replyOnly, Progress.NONE).conversations()).isEqualTo(1);
        assertThat(db.store().ingest().ingest(w, parentLater, Progress.NONE).conversations()).isZero();

        Conversation c = db.store().conversations().list(w, Optional.empty(), PageRequest.first(10)).items().get(0);
        assertThat(c.activityCount()).isEqualTo(2);
        assertThat(c.subject()).isEqualTo("We just opened the repair café!");
        assertThat(c.startedAt()).isEqualTo(T0);
    }

    @Test
    void repliesToPostsPlazaHasNotSeenJoinTheConversationOfTheThreadRootTheyName() {
        long w = db.newWorkspace().id();
        String root = "at://did:plc:alice/app.bsky.feed.post/1";
        IngestBatch replies = new IngestBatch(List.of(brand), List.of(
                rootedReply("at://did:plc:brand/app.bsky.feed.post/2", T0.plusSeconds(60), "at://did:plc:bob/app.bsky.feed.post/8", root),
                rootedReply("at://did:plc:brand/app.bsky.feed.post/3", T0.plusSeconds(120), "at://did:plc:carol/app.bsky.feed.post/9", root)),
                Optional.empty());
        IngestBatch laterInTheThread = new IngestBatch(List.of(brand), List.of(
                rootedReply("at://did:plc:brand/app.bsky.feed.post/4", T0.plusSeconds(180), "at://did:plc:dave/app.bsky.feed.post/7", root)),
                Optional.empty());

        assertThat(db.store().ingest().ingest(w, replies, Progress.NONE).conversations()).isEqualTo(1);
        assertThat(db.store().ingest().ingest(w, laterInTheThread, Progress.NONE).conversations()).isZero();

        Conversation c = db.store().conversations().list(w, Optional.empty(), PageRequest.first(10)).items().get(0);
        assertThat(c.rootUri()).isEqualTo(root);
        assertThat(c.activityCount()).isEqualTo(3);
    }

    private IncomingActivity rootedReply(String uri, Instant at, String parent, String root) {
        return new IncomingActivity(uri, ActivityKind.REPLY, brand.key(), at, "me too", Optional.empty(), Optional.of(parent),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.of(root));
    }

    @Test
    void aReplyToAStoredPostStartsAConversationThatIncludesThePost() {
        long w = db.newWorkspace().id();
        db.store().ingest().ingest(w, new IngestBatch(List.of(brand), List.of(
                post("https://plaza.example/p/1", brand, T0, "Hello")), Optional.empty()), Progress.NONE);

        db.store().ingest().ingest(w, new IngestBatch(List.of(alice), List.of(
                reply("https://social.example/p/2", alice, T0.plusSeconds(5), "Hi!", "https://plaza.example/p/1")),
                Optional.empty()), Progress.NONE);

        Activity root = db.store().activities().findByUri(w, "https://plaza.example/p/1").orElseThrow();
        assertThat(root.conversationId()).isPresent();
        assertThat(db.store().conversations().thread(w, root.conversationId().get())).hasSize(2);
    }

    @Test
    void identitiesWithTheSameHintBecomeOnePersonAcrossPlatforms() {
        long w = db.newWorkspace().id();
        PersonHint hint = new PersonHint("carol", new LinkEvidence("profile links to the Bluesky account", 0.95));
        SeenIdentity fedi = new SeenIdentity(Platform.FEDIVERSE, "https://social.example/users/carol", "@carol@social.example",
                "Carol", Optional.empty(), Optional.of(hint));
        SeenIdentity sky = new SeenIdentity(Platform.BLUESKY, "did:plc:carol123", "carol.bsky.example", "Carol K",
                Optional.empty(), Optional.of(hint));

        IngestResult result = db.store().ingest().ingest(w, new IngestBatch(List.of(fedi, sky), List.of(
                post("at://did:plc:carol123/app.bsky.feed.post/1", sky, T0, "Hi from Bluesky")), Optional.empty()),
                Progress.NONE);

        assertThat(result.people()).isEqualTo(1);
        assertThat(result.identities()).isEqualTo(2);
        var person = db.store().people().search(w, PersonFilter.ALL, PageRequest.first(10)).items().get(0);
        assertThat(person.firstSeen()).isEqualTo(T0); // only the second identity of the group was active
        assertThat(person.lastSeen()).isEqualTo(T0);
        assertThat(db.store().people().identitiesOf(w, person.id()))
                .extracting(i -> i.platform(), i -> i.link().confidence())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Platform.FEDIVERSE, 1.0),
                        org.assertj.core.groups.Tuple.tuple(Platform.BLUESKY, 0.95));
        assertThat(db.store().activities().list(w, ActivityFilter.ofPerson(person.id()), PageRequest.first(10)).items())
                .hasSize(1);
    }

    @Test
    void aHintFromAnEarlierBatchLinksALaterIdentityToTheSamePerson() {
        long w = db.newWorkspace().id();
        PersonHint hint = new PersonHint("acct:dana@social.example", new LinkEvidence("same account address", 0.99));
        SeenIdentity byUri = new SeenIdentity(Platform.FEDIVERSE, "https://social.example/users/dana", "@dana@social.example",
                "Dana", Optional.empty(), Optional.of(hint));
        SeenIdentity byAddress = new SeenIdentity(Platform.FEDIVERSE, "acct:dana@social.example", "@dana@social.example",
                "Dana", Optional.empty(), Optional.of(hint));
        db.store().ingest().ingest(w, new IngestBatch(List.of(byUri), List.of(), Optional.empty()), Progress.NONE);

        IngestResult later = db.store().ingest().ingest(w, new IngestBatch(List.of(byAddress), List.of(), Optional.empty()),
                Progress.NONE);

        assertThat(later.people()).isZero();
        assertThat(later.identities()).isEqualTo(1);
        var person = db.store().people().search(w, PersonFilter.ALL, PageRequest.first(10)).items();
        assertThat(person).singleElement().satisfies(p -> assertThat(p.identityCount()).isEqualTo(2));
    }

    @Test
    void someoneTheBrandFollowsWasSeenWhenTheFollowHappened() {
        long w = db.newWorkspace().id();
        Instant followedAt = Instant.parse("2025-12-24T18:00:00Z");
        var follow = new dev.plaza.core.ingest.IncomingActivity("acct:brand@plaza.example#follows/1",
                dev.plaza.core.activity.ActivityKind.FOLLOW, brand.key(), followedAt, "", Optional.empty(), Optional.empty(),
                Optional.of(bob.stableId()), Optional.empty(), List.of(), Optional.empty());

        db.store().ingest().ingest(w, new IngestBatch(List.of(brand, bob), List.of(follow), Optional.empty()), Progress.NONE);

        var people = db.store().people().search(w, new PersonFilter(Optional.of("bob"), Optional.empty()),
                PageRequest.first(5)).items();
        assertThat(people).singleElement().satisfies(p -> {
            assertThat(p.firstSeen()).isEqualTo(followedAt);
            assertThat(p.lastSeen()).isEqualTo(followedAt);
        });
    }

    @Test
    void aBatchThatNamesAnUndescribedAuthorIsRefusedAndWritesNothing() {
        long w = db.newWorkspace().id();
        IngestBatch bad = new IngestBatch(List.of(brand), List.of(
                post("https://plaza.example/p/1", brand, T0, "ok"),
                post("https://social.example/p/9", alice, T0, "who am I?")), Optional.empty());

        assertThatThrownBy(() -> db.store().ingest().ingest(w, bad, Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https://social.example/p/9").hasMessageContaining("does not describe");
        assertThat(db.store().activities().totals(w).people()).isZero();
    }

    @Test
    void aFailureHalfWayRollsBackTheWholeBatch() {
        long w = db.newWorkspace().id();
        String tooLongForAnIndex = "x".repeat(1_000_000); // the unique index on uri cannot hold it: PostgreSQL fails
        IngestBatch failing = new IngestBatch(List.of(brand, alice), List.of(
                post("https://plaza.example/p/1", brand, T0, "fine"),
                post("https://plaza.example/" + tooLongForAnIndex, alice, T0, "boom")), Optional.empty());

        assertThatThrownBy(() -> db.store().ingest().ingest(w, failing, Progress.NONE)).isInstanceOf(RuntimeException.class);

        var totals = db.store().activities().totals(w);
        assertThat(totals.activities()).isZero();
        assertThat(totals.people()).isZero();
        assertThat(db.store().activities().findByUri(w, "https://plaza.example/p/1")).isEmpty();
    }

    @Test
    void workspacesDoNotSeeEachOthersActivities() {
        long a = db.newWorkspace().id();
        long b = db.newWorkspace().id();
        db.store().ingest().ingest(a, thread(), Progress.NONE);

        assertThat(db.store().ingest().ingest(b, thread(), Progress.NONE).activities()).isEqualTo(4);
        assertThat(db.store().activities().list(a, ActivityFilter.ALL, PageRequest.first(50)).items())
                .allSatisfy(act -> assertThat(act.workspaceId()).isEqualTo(a));
    }
}
