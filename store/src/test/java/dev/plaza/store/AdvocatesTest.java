package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyDay;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.advocacy.Advocate;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.scoring.PostToScore;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The scoring round's advocacy: the context it is given, the readings kept, the advocates counted. */
class AdvocatesTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-04-01T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    private final SeenIdentity ana = account("ana", "social.example");
    private final SeenIdentity bo = account("bo", "social.example");
    private final Map<String, PostToScore> seen = new ConcurrentHashMap<>();
    /** Recommends when the post says "try", answers when the parent asks, as the real detector would for these posts. */
    private final PostScorer scorer = post -> {
        seen.put(post.text(), post);
        boolean names = post.brandNames().stream().anyMatch(post.text()::contains);
        Advocacy advocacy = !names ? Advocacy.NONE : post.text().contains("try") ? Advocacy.RECOMMENDATION
                : post.parentText().filter(t -> t.contains("?")).isPresent() ? Advocacy.ANSWER : Advocacy.MENTION;
        return new PostScore(new SentimentScore(Sentiment.POSITIVE, 0.8),
                new AdvocacyReading(advocacy, advocacy == Advocacy.NONE ? Optional.empty() : Optional.of("evidence")));
    };

    private long community() {
        long w = db.store().workspaces().create("fernhill-" + System.nanoTime(), "Fernhill", false).id();
        db.store().streams().ingest(w, new StreamBatch("test", 1, new IngestBatch(List.of(ana, bo), List.of(
                post("https://social.example/p/1", ana, T0, "You should try Fernhill"),
                post("https://social.example/p/2", bo, T0.plusSeconds(10), "Where can I fix my bike?"),
                reply("https://social.example/p/3", ana, T0.plusSeconds(20), "Fernhill on Harbour Street",
                        "https://social.example/p/2", bo.key()),
                post("https://social.example/p/4", bo, T0.plusSeconds(30), "Walked past Fernhill"),
                post("https://social.example/p/5", bo, T0.plusSeconds(40), "Nice weather")), Optional.empty()), List.of(), List.of()));
        while (db.store().scoring().scoreQueued(100, scorer) > 0) {
            // until the queue is empty
        }
        return w;
    }

    @Test
    void eachPostIsScoredWithItsBrandAndWhatItAnswers() {
        long w = community();

        assertThat(seen.get("You should try Fernhill").brandNames()).contains("Fernhill");
        assertThat(seen.get("Fernhill on Harbour Street").parentText()).contains("Where can I fix my bike?");
        assertThat(seen.get("Fernhill on Harbour Street").byBrand()).isFalse();
        assertThat(seen.get("Fernhill on Harbour Street").replyToBrand()).isFalse();
        Map<Advocacy, Long> days = db.store().advocates().daily(w, DAY, DAY).stream()
                .collect(Collectors.groupingBy(AdvocacyDay::advocacy, Collectors.summingLong(AdvocacyDay::count)));
        assertThat(days).containsExactlyInAnyOrderEntriesOf(Map.of(Advocacy.RECOMMENDATION, 1L, Advocacy.ANSWER, 1L,
                Advocacy.MENTION, 1L));
    }

    @Test
    void advocatesAreThePeopleWhoRecommendOrAnswerWithTheBrand() {
        long w = community();

        List<Advocate> top = db.store().advocates().top(w, 10);

        assertThat(top).singleElement().satisfies(a -> {
            assertThat(a.displayName()).isEqualTo("Ana");
            assertThat(a.recommendations()).isEqualTo(1);
            assertThat(a.answers()).isEqualTo(1);
            assertThat(a.lastAt()).isEqualTo(T0.plusSeconds(20));
        });
        long recommended = db.store().activities().findByUri(w, "https://social.example/p/1").orElseThrow().id();
        assertThat(db.store().advocates().of(w, List.of(recommended)))
                .containsEntry(recommended, new AdvocacyReading(Advocacy.RECOMMENDATION, Optional.of("evidence")));
    }

    @Test
    void aDeletedRecommendationIsNoLongerCounted() {
        long w = community();

        db.store().activities().delete(w, "https://social.example/p/1", ana.stableId(), T0.plusSeconds(600));
        while (db.store().scoring().scoreQueued(100, scorer) > 0) {
            // until the queue is empty
        }

        assertThat(db.store().advocates().top(w, 10)).singleElement().satisfies(a -> {
            assertThat(a.recommendations()).isZero();
            assertThat(a.answers()).isEqualTo(1);
        });
        assertThat(db.store().advocates().daily(w, DAY, DAY)).noneMatch(d -> d.advocacy() == Advocacy.RECOMMENDATION);
    }
}
