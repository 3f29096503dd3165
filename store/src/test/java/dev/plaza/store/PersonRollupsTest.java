package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.like;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.people.PersonMerge;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.store.testing.TestStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person's page read from the identity rollups (V32) equals the page read from all their activities,
 * as posts are scored, edited, deleted and scored again, as the brand answers and its answers go, and
 * as people are merged and the merge undone.
 */
class PersonRollupsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final LocalDate EVER = LocalDate.of(2000, 1, 1);
    private static final LocalDate NEVER = LocalDate.of(2100, 1, 1);

    private final SeenIdentity brand = account("brand", "plaza.example");
    private final SeenIdentity ana = account("ana", "social.example");
    private final SeenIdentity anaElsewhere = account("ana", "other.example");
    private final SeenIdentity ben = account("ben", "social.example");

    /** Reads the words: "bad" negative, "love" positive, "recommend" a recommendation. */
    private static final PostScorer BY_WORDS = post -> new PostScore(new SentimentScore(post.text().contains("bad") ? Sentiment.NEGATIVE
            : post.text().contains("love") ? Sentiment.POSITIVE : Sentiment.NEUTRAL, 0.9),
            post.text().contains("recommend") ? new AdvocacyReading(Advocacy.RECOMMENDATION, Optional.of("recommend"))
                    : AdvocacyReading.NONE);
    /** Reads every post the other way, for scoring everything again. */
    private static final PostScorer CHANGED_MIND = post -> new PostScore(new SentimentScore(post.text().contains("love")
            ? Sentiment.NEGATIVE : Sentiment.POSITIVE, 0.6), AdvocacyReading.NONE);

    private static Instant at(String when) {
        return Instant.parse(when);
    }

    private List<IncomingActivity> conversation() {
        Instant a1 = at("2026-02-03T12:00:00Z");
        Instant a2 = at("2026-03-05T08:00:00Z");
        Instant x1 = at("2026-04-01T10:00:00Z");
        Instant a5 = at("2026-05-20T18:00:00Z");
        Instant ben1 = at("2026-02-01T07:00:00Z");
        return List.of(
                post("https://plaza.example/p/b1", brand, at("2026-01-10T09:00:00Z"), "We open a new workshop"),
                reply("https://social.example/p/r1", ana, at("2026-01-10T09:10:00Z"), "love it, I recommend you", "https://plaza.example/p/b1"),
                reply("https://plaza.example/p/b6", brand, at("2026-01-10T09:10:00Z"), "Sundays too", "https://plaza.example/p/b1"),
                post("https://social.example/p/a1", ana, a1, "Is the workshop open on Sundays?"),
                reply("https://plaza.example/p/b2", brand, a1.plusSeconds(1800), "Not yet!", "https://social.example/p/a1"),
                post("https://social.example/p/a2", ana, a2, "Do you fix e-bikes? bad chain"),
                reply("https://plaza.example/p/b3", brand, a2.plusSeconds(5400), "We do.", "https://social.example/p/a2"),
                reply("https://plaza.example/p/b4", brand, a2.plusSeconds(433), "Bring it by", "https://social.example/p/a2"),
                post("https://other.example/p/x1", anaElsewhere, x1, "Riding in the rain"),
                reply("https://plaza.example/p/b5", brand, x1.plusSeconds(125), "Stay dry", "https://other.example/p/x1"),
                post("https://social.example/p/a5", ana, a5, "Great ride today"),
                reply("https://plaza.example/p/b7", brand, a5.plusSeconds(60), "Nice!", "https://social.example/p/a5"),
                post("https://social.example/p/ben1", ben, ben1, "My first bike"),
                reply("https://plaza.example/p/b8", brand, ben1.plusSeconds(1000), "Welcome", "https://social.example/p/ben1"),
                reply("https://plaza.example/p/b9", brand, ben1.plusSeconds(2_000_000), "Still riding?", "https://social.example/p/ben1"),
                reply("https://social.example/p/ben2", ben, at("2026-03-02T10:00:00Z"), "bad news, the shop was closed",
                        "https://plaza.example/p/b1"),
                like("https://social.example/l/ben3", ben, at("2026-06-01T10:00:00Z"), "https://plaza.example/p/b1"));
    }

    @Test
    void theRollupsEqualTheScanAsPostsAreScoredEditedDeletedAndScoredAgain() {
        long w = scoredConversation();
        assertPagesAsScanned(w);
        // 60, 433, 1800 and 5400 seconds: the middle two's mean
        assertThat(db.store().relationships().of(w, person(w, ana)).medianResponse()).contains(Duration.ofSeconds(1117));
        assertThat(db.store().relationships().of(w, person(w, brand)).brandReplies()).as("its answer to its own post").isEqualTo(1);

        db.store().activities().edit(w, "https://social.example/p/a1", ana.stableId(), "bad: still closed on Sundays?", Optional.empty(),
                at("2026-02-04T00:00:00Z"));
        db.store().activities().delete(w, "https://social.example/p/a5", ana.stableId(), at("2026-05-21T00:00:00Z"));
        db.store().activities().delete(w, "https://plaza.example/p/b8", brand.stableId(), at("2026-05-21T00:00:00Z"));
        score(BY_WORDS);
        assertPagesAsScanned(w);
        assertThat(db.store().relationships().of(w, person(w, ben)).brandReplies()).as("the answer deleted").isEqualTo(1);
        assertThat(db.store().relationships().of(w, person(w, ana)).medianResponse()).as("the post answered in 60 s deleted")
                .contains(Duration.ofSeconds(1800));

        jdbi().useHandle(h -> h.execute("INSERT INTO scoring_queue (activity_id) SELECT id FROM activity WHERE workspace_id = ?"
                + " AND kind IN ('post', 'reply', 'mention') ON CONFLICT DO NOTHING", w));
        score(CHANGED_MIND);
        assertPagesAsScanned(w);
        score(CHANGED_MIND);
        assertPagesAsScanned(w);
    }

    @Test
    void aPersonsPageFollowsTheirIdentitiesThroughAMergeAndItsUndoing() {
        long w = scoredConversation();
        long survivor = person(w, ana);

        PersonMerge merge = db.store().people().merge(w, survivor, person(w, anaElsewhere), new LinkEvidence("same name", 0.9), Optional.empty());
        assertPagesAsScanned(w);
        // 60, 125, 433, 1800 and 5400 seconds
        assertThat(db.store().relationships().of(w, survivor).medianResponse()).contains(Duration.ofSeconds(433));

        db.store().people().undoMerge(w, merge.id());
        assertPagesAsScanned(w);
        assertThat(db.store().relationships().of(w, person(w, anaElsewhere)).medianResponse()).contains(Duration.ofSeconds(125));
    }

    @Test
    void responseTimesAreKeptToTheSecondAndFromAThousandSecondsToThreeFigures() {
        assertThat(IdentityRollups.bucket(Duration.ofMillis(433_499))).isEqualTo(433);
        assertThat(IdentityRollups.bucket(Duration.ofMillis(433_500))).isEqualTo(434);
        assertThat(IdentityRollups.bucket(Duration.ofMillis(999_600))).isEqualTo(1_000);
        assertThat(IdentityRollups.bucket(Duration.ofSeconds(1_234))).isEqualTo(1_230);
        assertThat(IdentityRollups.bucket(Duration.ofSeconds(1_235))).isEqualTo(1_240);
        assertThat(IdentityRollups.bucket(Duration.ofSeconds(2_000_000))).isEqualTo(2_000_000);
        assertThat(IdentityRollups.bucket(Duration.ofSeconds(123_456))).isEqualTo(123_000);
    }

    /** A workspace whose brand and people have had the conversation above, scored by their words. */
    private long scoredConversation() {
        long w = db.newWorkspace().id();
        db.store().channels().add(w, Platform.FEDIVERSE, brand.stableId(), ChannelKind.OWNED, Optional.empty());
        ingest(w, conversation());
        score(BY_WORDS);
        return w;
    }

    private void assertPagesAsScanned(long w) {
        PersonScans scans = new PersonScans(db.plazaStore().dataSource());
        for (SeenIdentity identity : List.of(brand, ana, anaElsewhere, ben)) {
            long person = person(w, identity);
            assertThat(db.store().sentiments().ofPerson(w, person)).as(identity.handle()).isEqualTo(scans.sentiments(w, person));
            assertThat(db.store().sentiments().ofPersonByMonth(w, person, EVER, NEVER)).as(identity.handle())
                    .isEqualTo(scans.sentimentsByMonth(w, person));
            assertThat(db.store().relationships().of(w, person)).as(identity.handle()).isEqualTo(scans.relationship(w, person));
        }
    }

    private static void ingest(long w, List<IncomingActivity> activities) {
        SeenIdentity[] authors = {account("brand", "plaza.example"), account("ana", "social.example"), account("ana", "other.example"),
                account("ben", "social.example")};
        db.store().streams().ingest(w, new StreamBatch("test", 1, new IngestBatch(List.of(authors), activities, Optional.empty()),
                List.of(), List.of()));
    }

    private static void score(PostScorer scorer) {
        while (db.store().scoring().scoreQueued(100, scorer) > 0) {
            // until the queue is empty
        }
    }

    private static long person(long w, SeenIdentity identity) {
        return jdbi().withHandle(h -> h.createQuery("SELECT person_id FROM identity WHERE workspace_id = :w AND stable_id = :s")
                .bind("w", w).bind("s", identity.stableId()).mapTo(Long.class).one());
    }

    private static Jdbi jdbi() {
        return Jdbi.create(db.plazaStore().dataSource());
    }
}
