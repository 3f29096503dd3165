package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.alerts.Alert;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.store.testing.TestStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Critical threads and negative spikes, read from what the scoring worker counted. */
class AlertsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-06-30T08:00:00Z");
    private final SeenIdentity brand = account("brand", "plaza.example");
    private final SeenIdentity ana = account("ana", "social.example");
    private final PostScorer byWords = post -> new PostScore(new SentimentScore(
            post.text().contains("broken") ? Sentiment.NEGATIVE : Sentiment.NEUTRAL, 0.9), AdvocacyReading.NONE);

    private long workspace(int complaints) {
        long w = db.newWorkspace().id();
        db.store().channels().add(w, Platform.FEDIVERSE, brand.stableId(), ChannelKind.OWNED, Optional.empty());
        var posts = new java.util.ArrayList<dev.plaza.core.ingest.IncomingActivity>();
        posts.add(post("https://social.example/p/1", ana, T0, "My bike arrived broken, again"));
        for (int i = 0; i < complaints; i++) {
            posts.add(post("https://social.example/p/more-" + i, ana, T0.plusSeconds(i), "The app is broken " + i));
        }
        ingest(w, 1, posts.toArray(dev.plaza.core.ingest.IncomingActivity[]::new));
        return w;
    }

    private void ingest(long w, long position, dev.plaza.core.ingest.IncomingActivity... activities) {
        db.store().streams().ingest(w, new StreamBatch("test", position, new IngestBatch(List.of(brand, ana), List.of(activities),
                Optional.empty()), List.of(), List.of()));
        while (db.store().scoring().scoreQueued(100, byWords) > 0) {
            // until the queue is empty
        }
    }

    @Test
    void aNegativePostTheBrandLeftUnansweredIsACriticalThreadOnceItIsDue() {
        long w = workspace(0);

        assertThat(db.store().alerts().open(w, T0.plus(Duration.ofMinutes(30)), Duration.ofHours(2), 10)).as("not due yet").isEmpty();
        List<Alert> due = db.store().alerts().open(w, T0.plus(Duration.ofHours(3)), Duration.ofHours(2), 10);

        assertThat(due).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Alert.Kind.CRITICAL_THREAD);
            assertThat(a.since()).isEqualTo(T0);
            assertThat(a.summary()).isEqualTo("Unanswered negative post: My bike arrived broken, again");
            assertThat(a.conversationId()).isPresent();
        });
    }

    @Test
    void theBrandsReplyAnswersIt() {
        long w = workspace(0);

        ingest(w, 2, reply("https://plaza.example/p/2", brand, T0.plusSeconds(600), "So sorry! We'll send a new one today.",
                "https://social.example/p/1", ana.key()));

        assertThat(db.store().alerts().open(w, T0.plus(Duration.ofHours(3)), Duration.ofHours(2), 10)).isEmpty();
    }

    @Test
    void aDayOfManyComplaintsIsASpike() {
        long w = workspace(9);

        List<Alert> alerts = db.store().alerts().open(w, T0.plus(Duration.ofHours(3)), Duration.ofHours(2), 1);

        assertThat(alerts).extracting(Alert::kind).containsExactly(Alert.Kind.NEGATIVE_SPIKE, Alert.Kind.CRITICAL_THREAD);
        assertThat(alerts.getFirst().summary()).startsWith("10 negative posts today (100% of 10)");
    }
}
