package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.Store;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentDay;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.store.testing.Batches;
import dev.plaza.store.testing.TestStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sentiment worker: every post stored is scored and counted, more than a round at a time, until the queue is empty. */
class ScoringWorkerTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");

    @Test
    void scoresEveryQueuedPost() {
        Store store = db.store();
        long w = db.newWorkspace().id();
        SeenIdentity ana = Batches.account("ana", "social.example");
        List<IncomingActivity> posts = new ArrayList<>();
        int each = ScoringWorker.ROUND / 2 + 1; // three classes: more posts than one round takes
        for (int i = 0; i < each; i++) {
            posts.add(Batches.post("https://social.example/p/love-" + i, ana, T0.plusSeconds(i), "I love this, thank you so much! #" + i));
            posts.add(Batches.post("https://social.example/p/hate-" + i, ana, T0.plusSeconds(i), "This is awful, I hate it. #" + i));
            posts.add(Batches.post("https://social.example/p/plain-" + i, ana, T0.plusSeconds(i), "The meeting is on Tuesday #" + i));
        }
        store.ingest().ingest(w, new IngestBatch(List.of(ana), posts, Optional.empty()), Progress.NONE);
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();

        PostScorer byWords = post -> new PostScore(new SentimentScore(post.text().contains("love") ? Sentiment.POSITIVE
                : post.text().contains("hate") ? Sentiment.NEGATIVE : Sentiment.NEUTRAL, 1), AdvocacyReading.NONE);

        try (ScoringWorker scoring = new ScoringWorker(store.scoring(), byWords, Duration.ofMillis(50), metrics).start()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (store.scoring().queued() > 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        }

        Map<Sentiment, Long> counts = store.sentiments().daily(w, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4)).stream()
                .collect(Collectors.groupingBy(SentimentDay::sentiment, Collectors.summingLong(SentimentDay::count)));
        assertThat(counts).containsEntry(Sentiment.POSITIVE, (long) each).containsEntry(Sentiment.NEGATIVE, (long) each)
                .containsEntry(Sentiment.NEUTRAL, (long) each);
        assertThat(store.sentiments().daily(w, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4)))
                .allSatisfy(d -> assertThat(d.platform()).isEqualTo(Platform.FEDIVERSE));
        assertThat(metrics.counter("plaza.posts.scored").count()).isGreaterThanOrEqualTo(3.0 * each);
    }
}
