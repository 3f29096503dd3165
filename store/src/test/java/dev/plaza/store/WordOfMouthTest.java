package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.like;
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
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.core.wordofmouth.Cascade;
import dev.plaza.core.wordofmouth.Echoes;
import dev.plaza.core.wordofmouth.WordOfMouth;
import dev.plaza.core.wordofmouth.WordOfMouthTotals;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How far a recommendation travelled, on small communities whose cascades are known by construction. */
class WordOfMouthTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-04-01T10:00:00Z");
    private static final String RECOMMENDATION = "https://social.example/p/1";
    private static final String ELIS_REPLY = "https://social.example/p/2";
    private final SeenIdentity ana = account("ana", "social.example");
    private final SeenIdentity bo = account("bo", "social.example");
    private final SeenIdentity cy = account("cy", "social.example");
    private final SeenIdentity dee = account("dee", "social.example");
    private final SeenIdentity eli = account("eli", "social.example");
    private final SeenIdentity fay = account("fay", "social.example");
    private final SeenIdentity gus = account("gus", "social.example");
    private final SeenIdentity brand = account("fernhill", "social.example");
    private final List<SeenIdentity> everyone = List.of(ana, bo, cy, dee, eli, fay, gus, brand);
    /** Recommends when a post names the brand and says "try", as the real detector would for these posts. */
    private final PostScorer scorer = post -> new PostScore(new SentimentScore(Sentiment.POSITIVE, 0.8),
            post.brandNames().stream().anyMatch(post.text()::contains) && post.text().contains("try")
                    ? new AdvocacyReading(Advocacy.RECOMMENDATION, Optional.of("try")) : AdvocacyReading.NONE);

    /**
     * Ana recommends; Bo and Cy repost her, Dee quotes her, Eli replies and Fay reposts Eli's reply. Gus
     * only likes it. Five people reached, two steps deep.
     */
    private List<IncomingActivity> cascade() {
        return List.of(
                post(RECOMMENDATION, ana, T0, "You should try Fernhill"),
                repost("https://social.example/r/1", bo, T0.plusSeconds(10), RECOMMENDATION),
                repost("https://social.example/r/2", cy, T0.plusSeconds(20), RECOMMENDATION),
                quote("https://social.example/q/1", dee, T0.plusSeconds(30), "Seconded", RECOMMENDATION),
                reply(ELIS_REPLY, eli, T0.plusSeconds(40), "Where is it?", RECOMMENDATION),
                like("https://social.example/l/1", gus, T0.plusSeconds(50), RECOMMENDATION),
                repost("https://social.example/r/3", fay, T0.plusSeconds(60), ELIS_REPLY));
    }

    private long workspace() {
        return db.store().workspaces().create("fernhill-" + System.nanoTime(), "Fernhill", false).id();
    }

    private void ingest(long w, List<IncomingActivity> activities) {
        db.store().ingest().ingest(w, new IngestBatch(everyone, activities, Optional.empty()), Progress.NONE);
    }

    /** Each activity in a batch of its own, in time order: every source is stored before its echoes. */
    private long storedOneByOne(List<IncomingActivity> activities) {
        long w = workspace();
        activities.forEach(a -> ingest(w, List.of(a)));
        return w;
    }

    private long id(long w, String uri) {
        return db.store().activities().findByUri(w, uri).orElseThrow().id();
    }

    private Optional<Cascade> cascadeOf(long w, String uri) {
        long post = id(w, uri);
        return Optional.ofNullable(db.store().wordOfMouth().of(w, List.of(post)).get(post));
    }

    private static void assertTheKnownCascade(Cascade cascade) {
        assertThat(cascade.direct()).isEqualTo(new Echoes(2, 1, 1));
        assertThat(cascade.all()).isEqualTo(new Echoes(3, 1, 1));
        assertThat(cascade.peopleReached()).as("Bo, Cy, Dee, Eli and Fay; not Gus, who only liked it").isEqualTo(5);
        assertThat(cascade.depth()).isEqualTo(2);
        assertThat(cascade.latestEchoAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aRecommendationRepostedQuotedAndRepliedToIsCountedAtEveryStep() {
        long w = storedOneByOne(cascade());

        assertThat(cascadeOf(w, RECOMMENDATION)).hasValueSatisfying(WordOfMouthTest::assertTheKnownCascade);
        assertThat(cascadeOf(w, ELIS_REPLY)).hasValueSatisfying(reply -> {
            assertThat(reply.all()).isEqualTo(new Echoes(1, 0, 0));
            assertThat(reply.depth()).isEqualTo(1);
        });
    }

    @Test
    void echoesOfEchoesArrivingInTheSameBatchAreLinked() {
        List<IncomingActivity> shuffled = new ArrayList<>(cascade());
        Collections.shuffle(shuffled, new Random(7));
        long w = workspace();

        ingest(w, shuffled);

        assertThat(cascadeOf(w, RECOMMENDATION)).hasValueSatisfying(WordOfMouthTest::assertTheKnownCascade);
    }

    @Test
    void aLikeIsNoEcho() {
        long w = storedOneByOne(List.of(post(RECOMMENDATION, ana, T0, "You should try Fernhill"),
                like("https://social.example/l/1", gus, T0.plusSeconds(10), RECOMMENDATION)));

        assertThat(cascadeOf(w, RECOMMENDATION)).isEmpty();
    }

    @Test
    void anEchoStoredBeforeItsSourceIsNotLinked() {
        long w = storedOneByOne(List.of(repost("https://social.example/r/1", bo, T0.plusSeconds(10), RECOMMENDATION),
                post(RECOMMENDATION, ana, T0, "You should try Fernhill"),
                repost("https://social.example/r/2", cy, T0.plusSeconds(20), RECOMMENDATION)));

        assertThat(cascadeOf(w, RECOMMENDATION)).hasValueSatisfying(c -> {
            assertThat(c.all()).as("Cy's repost only: Bo's arrived before the post").isEqualTo(new Echoes(1, 0, 0));
            assertThat(c.peopleReached()).isEqualTo(1);
        });
    }

    @Test
    void aDeletedEchoEndsItsChain() {
        long w = storedOneByOne(cascade());

        db.store().activities().delete(w, "https://social.example/r/2", cy.stableId(), T0.plusSeconds(100));
        db.store().activities().delete(w, ELIS_REPLY, eli.stableId(), T0.plusSeconds(100));

        assertThat(cascadeOf(w, RECOMMENDATION)).hasValueSatisfying(c -> {
            assertThat(c.all()).as("Bo's repost and Dee's quote; Fay reposted Eli's deleted reply").isEqualTo(new Echoes(1, 1, 0));
            assertThat(c.peopleReached()).isEqualTo(2);
            assertThat(c.depth()).isEqualTo(1);
            assertThat(c.latestEchoAt()).isEqualTo(T0.plusSeconds(30));
        });
    }

    @Test
    void theRecommenderAndTheBrandEchoButReachNoOneNew() {
        long w = workspace();
        db.store().channels().add(w, Platform.FEDIVERSE, brand.stableId(), ChannelKind.OWNED, Optional.empty());
        Stream.of(post(RECOMMENDATION, ana, T0, "You should try Fernhill"),
                        reply(ELIS_REPLY, ana, T0.plusSeconds(10), "And their coffee", RECOMMENDATION),
                        repost("https://social.example/r/1", brand, T0.plusSeconds(20), RECOMMENDATION),
                        repost("https://social.example/r/2", bo, T0.plusSeconds(30), ELIS_REPLY))
                .forEach(a -> ingest(w, List.of(a)));

        assertThat(cascadeOf(w, RECOMMENDATION)).hasValueSatisfying(c -> {
            assertThat(c.all()).isEqualTo(new Echoes(2, 0, 1));
            assertThat(c.peopleReached()).as("Bo alone").isEqualTo(1);
        });
    }

    @Test
    void aReplyQuotingItsParentIsOneQuote() {
        IncomingActivity reply = reply(ELIS_REPLY, eli, T0.plusSeconds(10), "Look at this", RECOMMENDATION);
        IncomingActivity quotingReply = new IncomingActivity(reply.uri(), ActivityKind.REPLY, reply.author(), reply.at(),
                reply.text(), reply.language(), reply.inReplyToUri(), Optional.of(RECOMMENDATION), reply.url(), List.of(),
                reply.community());
        long w = storedOneByOne(List.of(post(RECOMMENDATION, ana, T0, "You should try Fernhill"), quotingReply));

        assertThat(cascadeOf(w, RECOMMENDATION).map(Cascade::all)).hasValue(new Echoes(0, 1, 0));
    }

    @Test
    void aLongChainIsFollowedToTheDepthBound() {
        int length = WordOfMouth.MAX_DEPTH + 5;
        List<IncomingActivity> chain = new ArrayList<>(List.of(post(RECOMMENDATION, ana, T0, "You should try Fernhill")));
        IntStream.rangeClosed(1, length).forEach(n -> chain.add(reply("https://social.example/c/" + n, n % 2 == 0 ? bo : cy,
                T0.plusSeconds(n), "and " + n, n == 1 ? RECOMMENDATION : "https://social.example/c/" + (n - 1))));
        long w = workspace();

        ingest(w, chain);

        assertThat(cascadeOf(w, RECOMMENDATION)).hasValueSatisfying(c -> {
            assertThat(c.depth()).isEqualTo(WordOfMouth.MAX_DEPTH);
            assertThat(c.all().replies()).isEqualTo(WordOfMouth.MAX_DEPTH);
            assertThat(c.peopleReached()).isEqualTo(2);
        });
    }

    @Test
    void anotherWorkspacesPostHasNoCascadeHere() {
        long w = storedOneByOne(cascade());
        long other = workspace();

        assertThat(db.store().wordOfMouth().of(other, List.of(id(w, RECOMMENDATION)))).isEmpty();
    }

    @Test
    void totalsCountThePeriodsRecommendationsAndHowFarTheyTravelled() {
        long w = storedOneByOne(cascade());
        ingest(w, List.of(post("https://social.example/p/9", bo, T0.plusSeconds(3600), "You should try Fernhill's bread"),
                repost("https://social.example/r/9", eli, T0.plusSeconds(3700), "https://social.example/p/9")));
        while (db.store().scoring().scoreQueued(100, scorer) > 0) {
            // until the queue is empty
        }
        WordOfMouth wordOfMouth = db.store().wordOfMouth();

        assertThat(wordOfMouth.totals(w, T0, T0.plusSeconds(86_400)))
                .as("two recommendations; six echoes; Bo, Cy, Dee, Eli and Fay, Eli once for echoing both")
                .isEqualTo(new WordOfMouthTotals(2, 6, 5));
        assertThat(wordOfMouth.totals(w, T0.plusSeconds(1800), T0.plusSeconds(86_400))).isEqualTo(new WordOfMouthTotals(1, 1, 1));
        assertThat(wordOfMouth.totals(w, T0.minusSeconds(3600), T0)).isEqualTo(WordOfMouthTotals.NONE);
        assertThat(wordOfMouth.of(w, List.of(id(w, RECOMMENDATION), id(w, "https://social.example/p/9"))))
                .containsOnlyKeys(id(w, RECOMMENDATION), id(w, "https://social.example/p/9"));
    }

    @Test
    void theJobKeepsTheYearAndTheMonthsForThePagesToRead() {
        long w = storedOneByOne(cascade());
        WordOfMouth wordOfMouth = db.store().wordOfMouth();
        wordOfMouth.keep(w, 2, T0);
        assertThat(wordOfMouth.keptYear(w)).as("nothing scored as a recommendation yet: nothing to keep").isEmpty();
        while (db.store().scoring().scoreQueued(100, scorer) > 0) {
            // until the queue is empty
        }
        Instant now = T0.plusSeconds(86_400 * 3);

        wordOfMouth.keep(w, 2, now);

        java.time.LocalDate day = java.time.LocalDate.ofInstant(T0, java.time.ZoneOffset.UTC);
        assertThat(wordOfMouth.keptYear(w)).hasValueSatisfying(kept -> {
            assertThat(kept.last()).as("the newest recommendation's day").isEqualTo(day);
            assertThat(kept.first()).isEqualTo(day.minusMonths(12).plusDays(1));
            assertThat(kept.totals()).isEqualTo(wordOfMouth.totals(w, kept.first().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                    kept.last().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
            assertThat(kept.totals().recommendations()).isEqualTo(1);
            assertThat(kept.keptAt()).isEqualTo(now);
        });
        assertThat(wordOfMouth.keptMonth(w, day.withDayOfMonth(1))).map(k -> k.totals())
                .isEqualTo(wordOfMouth.keptYear(w).map(k -> k.totals()));
        assertThat(wordOfMouth.keptMonth(w, day.withDayOfMonth(1).minusMonths(1))).as("kept, with nothing in it")
                .hasValueSatisfying(k -> assertThat(k.totals()).isEqualTo(WordOfMouthTotals.NONE));
        assertThat(wordOfMouth.keptMonth(w, day.withDayOfMonth(1).minusMonths(2))).as("not one of the two months kept").isEmpty();
        assertThat(wordOfMouth.keptYear(w + 1)).isEmpty();
    }
}
