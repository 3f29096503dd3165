package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.quote;
import static dev.plaza.store.testing.Batches.reply;
import static dev.plaza.store.testing.Batches.repost;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.core.wordofmouth.KeptWordOfMouth;
import dev.plaza.core.wordofmouth.WordOfMouth;
import dev.plaza.core.wordofmouth.WordOfMouthTotals;
import dev.plaza.store.testing.TestStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The totals the job keeps, counted from the cascades V31's triggers keep as echoes arrive, posts are
 * scored and deleted, equal the walk's ({@link WordOfMouth#totals}, the definition) on communities built
 * to try each way a cascade changes.
 */
class KeptWordOfMouthTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-04-01T10:00:00Z");
    private static final String ROOT = "https://social.example/p/1";
    private final SeenIdentity ana = account("ana", "social.example");
    private final SeenIdentity bo = account("bo", "social.example");
    private final SeenIdentity cy = account("cy", "social.example");
    private final SeenIdentity dee = account("dee", "social.example");
    private final SeenIdentity eli = account("eli", "social.example");
    private final SeenIdentity brand = account("fernhill", "social.example");
    private final List<SeenIdentity> everyone = List.of(ana, bo, cy, dee, eli, brand);
    /** Recommends when a post names the brand and says "try". */
    private final PostScorer scorer = post -> new PostScore(new SentimentScore(Sentiment.POSITIVE, 0.8),
            post.brandNames().stream().anyMatch(post.text()::contains) && post.text().contains("try")
                    ? new AdvocacyReading(Advocacy.RECOMMENDATION, Optional.of("try")) : AdvocacyReading.NONE);

    private long workspace() {
        long w = db.store().workspaces().create("fernhill-" + System.nanoTime(), "Fernhill", false).id();
        db.store().channels().add(w, Platform.FEDIVERSE, brand.stableId(), ChannelKind.OWNED, Optional.empty());
        return w;
    }

    private void ingest(long w, IncomingActivity... activities) {
        for (IncomingActivity a : activities) {
            db.store().ingest().ingest(w, new IngestBatch(everyone, List.of(a), Optional.empty()), Progress.NONE);
        }
    }

    private void score() {
        while (db.store().scoring().scoreQueued(100, scorer) > 0) {
            // until the queue is empty
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Keeps the year and its twelve months, a day ahead so that the job walks nothing again (the
     * triggers' rows alone are counted), and checks each against the walk over the same days.
     */
    private KeptWordOfMouth keptAsWalked(long w) {
        WordOfMouth wordOfMouth = db.store().wordOfMouth();
        wordOfMouth.keep(w, 12, Instant.now().plus(Duration.ofDays(1)));
        KeptWordOfMouth year = wordOfMouth.keptYear(w).orElseThrow();
        assertThat(year.totals()).as("the year").isEqualTo(wordOfMouth.totals(w, startOf(year.first()), startOf(year.last().plusDays(1))));
        for (int m = 0; m < 12; m++) {
            LocalDate first = year.last().withDayOfMonth(1).minusMonths(m);
            assertThat(wordOfMouth.keptMonth(w, first).orElseThrow().totals()).as("the month of %s", first)
                    .isEqualTo(wordOfMouth.totals(w, startOf(first), startOf(first.plusMonths(1))));
        }
        return year;
    }

    @Test
    void echoesStoredBeforeTheirRootIsScoredAreCountedWhenItIs() {
        long w = workspace();
        ingest(w, post(ROOT, ana, T0, "You should try Fernhill"),
                repost("https://social.example/r/1", bo, T0.plusSeconds(10), ROOT),
                reply("https://social.example/p/2", cy, T0.plusSeconds(20), "Where?", ROOT),
                repost("https://social.example/r/2", dee, T0.plusSeconds(30), "https://social.example/p/2"));

        score();

        assertThat(keptAsWalked(w).totals()).isEqualTo(new WordOfMouthTotals(1, 3, 3));
    }

    @Test
    void echoesArrivingAfterTheRootIsScoredJoinItsCascade() {
        long w = workspace();
        ingest(w, post(ROOT, ana, T0, "You should try Fernhill"));
        score();

        ingest(w, repost("https://social.example/r/1", bo, T0.plusSeconds(10), ROOT),
                reply("https://social.example/p/2", cy, T0.plusSeconds(20), "Where?", ROOT),
                repost("https://social.example/r/2", dee, T0.plusSeconds(30), "https://social.example/p/2"));

        assertThat(keptAsWalked(w).totals()).isEqualTo(new WordOfMouthTotals(1, 3, 3));
    }

    @Test
    void aChainInOneBatchIsFollowedToTheDepthBoundAndNoFurther() {
        long w = workspace();
        ingest(w, post(ROOT, ana, T0, "You should try Fernhill"));
        score();
        List<IncomingActivity> chain = new ArrayList<>();
        IntStream.rangeClosed(1, WordOfMouth.MAX_DEPTH + 5).forEach(n -> chain.add(reply("https://social.example/c/" + n,
                List.of(bo, cy, dee, eli).get(n % 4), T0.plusSeconds(n), "and " + n, n == 1 ? ROOT : "https://social.example/c/" + (n - 1))));

        db.store().ingest().ingest(w, new IngestBatch(everyone, chain, Optional.empty()), Progress.NONE);

        assertThat(keptAsWalked(w).totals()).isEqualTo(new WordOfMouthTotals(1, WordOfMouth.MAX_DEPTH, 4));
    }

    @Test
    void anEchoReachedByTwoPathsOrFromTwoRootsIsCountedOnce() {
        long w = workspace();
        String second = "https://social.example/p/2";
        IncomingActivity reply = reply("https://social.example/p/3", eli, T0.plusSeconds(30), "Both!", second);
        ingest(w, post(ROOT, ana, T0, "You should try Fernhill"),
                quote(second, bo, T0.plusSeconds(10), "Yes, try Fernhill", ROOT),
                new IncomingActivity(reply.uri(), ActivityKind.REPLY, reply.author(), reply.at(), reply.text(), reply.language(),
                        reply.inReplyToUri(), Optional.of(ROOT), reply.url(), List.of(), reply.community()));
        score();

        assertThat(keptAsWalked(w).totals()).as("two recommendations, Bo's quoting Ana's; Eli's reply quotes Ana and answers Bo")
                .isEqualTo(new WordOfMouthTotals(2, 2, 2));
    }

    @Test
    void aDeletedEchoEndsItsChainAndADeletedRootIsNoRecommendation() {
        long w = workspace();
        String middle = "https://social.example/p/2";
        ingest(w, post(ROOT, ana, T0, "You should try Fernhill"),
                reply(middle, bo, T0.plusSeconds(10), "Where?", ROOT),
                repost("https://social.example/r/1", cy, T0.plusSeconds(20), middle),
                repost("https://social.example/r/2", dee, T0.plusSeconds(30), ROOT),
                post("https://social.example/p/9", eli, T0.plusSeconds(40), "Do try Fernhill"),
                repost("https://social.example/r/9", bo, T0.plusSeconds(50), "https://social.example/p/9"));
        score();

        db.store().activities().delete(w, middle, bo.stableId(), T0.plusSeconds(100));
        assertThat(keptAsWalked(w).totals()).as("Dee's repost of Ana; Bo's of Eli").isEqualTo(new WordOfMouthTotals(2, 2, 2));
        db.store().activities().delete(w, "https://social.example/p/9", eli.stableId(), T0.plusSeconds(100));
        assertThat(keptAsWalked(w).totals()).as("before the worker takes Eli's score away").isEqualTo(new WordOfMouthTotals(1, 1, 1));
        score();
        assertThat(keptAsWalked(w).totals()).isEqualTo(new WordOfMouthTotals(1, 1, 1));
    }

    @Test
    void theRecommenderAndTheBrandEchoButReachNoOneNew() {
        long w = workspace();
        ingest(w, post(ROOT, ana, T0, "You should try Fernhill"),
                reply("https://social.example/p/2", ana, T0.plusSeconds(10), "And their coffee", ROOT),
                repost("https://social.example/r/1", brand, T0.plusSeconds(20), ROOT),
                repost("https://social.example/r/2", bo, T0.plusSeconds(30), "https://social.example/p/2"));
        score();

        assertThat(keptAsWalked(w).totals()).isEqualTo(new WordOfMouthTotals(1, 3, 1));
    }

    @Test
    void monthsAreCountedApartAndThePeopleOfTheYearOnce() {
        long w = workspace();
        Instant later = T0.plus(Duration.ofDays(40));
        ingest(w, post(ROOT, ana, T0, "You should try Fernhill"),
                repost("https://social.example/r/1", bo, T0.plusSeconds(10), ROOT),
                post("https://social.example/p/2", cy, later, "Do try Fernhill, really"),
                repost("https://social.example/r/2", bo, later.plusSeconds(10), "https://social.example/p/2"),
                repost("https://social.example/r/3", dee, later.plusSeconds(20), "https://social.example/p/2"));
        score();

        assertThat(keptAsWalked(w).totals()).as("Bo reached in both months, once in the year").isEqualTo(new WordOfMouthTotals(2, 3, 2));
    }

    @Test
    void peopleMergedSinceAreCountedOnceWhenCountedAgain() throws SQLException {
        long w = workspace();
        ingest(w, post(ROOT, ana, T0, "You should try Fernhill"),
                repost("https://social.example/r/1", bo, T0.plusSeconds(10), ROOT),
                repost("https://social.example/r/2", cy, T0.plusSeconds(20), ROOT));
        score();
        db.store().people().merge(w, personOf(w, bo), personOf(w, cy), LinkEvidence.FIRST_SEEN, Optional.empty());

        db.store().wordOfMouth().recountPeople(w);

        assertThat(keptAsWalked(w).totals()).isEqualTo(new WordOfMouthTotals(1, 2, 1));
    }

    private long personOf(long w, SeenIdentity identity) throws SQLException {
        try (Connection c = db.plazaStore().dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT person_id FROM identity WHERE workspace_id = %d AND stable_id = '%s'"
                     .formatted(w, identity.stableId()))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
