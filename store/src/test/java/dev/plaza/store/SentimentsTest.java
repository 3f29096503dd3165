package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentClassifier;
import dev.plaza.core.sentiment.SentimentDay;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SentimentsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private final SeenIdentity ana = account("ana", "social.example");
    private final AtomicInteger classified = new AtomicInteger();
    /** Says what the words say: enough to know which class each post was counted in. */
    private final SentimentClassifier words = text -> {
        classified.incrementAndGet();
        Sentiment s = text.contains("love") ? Sentiment.POSITIVE : text.contains("hate") ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        return new SentimentScore(s, 0.9);
    };

    /** Three posts a listener heard (each a conversation from the start) and a like, which has no text to score. */
    private long workspaceWithPosts() {
        long w = db.newWorkspace().id();
        IncomingActivity like = new IncomingActivity("https://social.example/likes/1", ActivityKind.LIKE, ana.key(), T0, "",
                Optional.empty(), Optional.empty(), Optional.of("https://social.example/p/1"), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty());
        db.store().streams().ingest(w, new StreamBatch("test-stream", 1, new IngestBatch(List.of(ana), List.of(
                post("https://social.example/p/1", ana, T0, "I love the repair café"),
                post("https://social.example/p/2", ana, T0.plusSeconds(60), "I hate waiting"),
                post("https://social.example/p/3", ana, T0.plusSeconds(120), "Open at nine"),
                like), Optional.empty()), List.of(), List.of()));
        return w;
    }

    private PostScorer byWords() {
        return post -> new PostScore(words.classify(post.text()), AdvocacyReading.NONE);
    }

    private void scoreAll() {
        while (db.store().scoring().scoreQueued(100, byWords()) > 0) {
            // until the queue is empty
        }
    }

    private long count(long w, Sentiment sentiment) {
        return db.store().sentiments().daily(w, DAY, DAY).stream().filter(d -> d.sentiment() == sentiment)
                .mapToLong(SentimentDay::count).sum();
    }

    @Test
    void storedPostsAreQueuedScoredOnceAndCountedByDay() {
        long w = workspaceWithPosts();
        scoreAll();
        int calls = classified.get();

        assertThat(db.store().sentiments().daily(w, DAY, DAY)).containsExactly(
                new SentimentDay(DAY, Platform.FEDIVERSE, Sentiment.NEGATIVE, 1),
                new SentimentDay(DAY, Platform.FEDIVERSE, Sentiment.NEUTRAL, 1),
                new SentimentDay(DAY, Platform.FEDIVERSE, Sentiment.POSITIVE, 1));
        assertThat(db.store().scoring().scoreQueued(100, byWords())).isZero();
        assertThat(classified.get()).as("each post once; the like not at all").isEqualTo(calls);
        long loved = db.store().activities().findByUri(w, "https://social.example/p/1").orElseThrow().id();
        assertThat(db.store().sentiments().of(w, List.of(loved))).containsEntry(loved, new SentimentScore(Sentiment.POSITIVE, 0.9f));
        assertThat(db.store().sentiments().of(w + 1, List.of(loved))).as("another workspace's").isEmpty();
    }

    @Test
    void anEditedPostIsScoredAgainAndMovesBetweenClasses() {
        long w = workspaceWithPosts();
        scoreAll();

        db.store().activities().edit(w, "https://social.example/p/2", ana.stableId(), "Actually I love waiting",
                Optional.empty(), T0.plusSeconds(600));
        scoreAll();

        assertThat(count(w, Sentiment.NEGATIVE)).isZero();
        assertThat(count(w, Sentiment.POSITIVE)).isEqualTo(2);
        assertThat(count(w, Sentiment.NEUTRAL)).isEqualTo(1);
        assertThat(withPostsThatAre(w, Sentiment.NEGATIVE)).isEmpty();
        assertThat(withPostsThatAre(w, Sentiment.POSITIVE)).as("by their subjects, which the edit left")
                .containsExactlyInAnyOrder("I love the repair café", "I hate waiting");
    }

    @Test
    void theInboxFindsTheConversationsWithAPostOfOneSentiment() {
        long w = workspaceWithPosts();
        assertThat(withPostsThatAre(w, Sentiment.NEGATIVE)).as("before scoring").isEmpty();

        scoreAll();

        assertThat(withPostsThatAre(w, Sentiment.NEGATIVE)).containsExactly("I hate waiting");
        assertThat(withPostsThatAre(w, Sentiment.NEUTRAL)).containsExactly("Open at nine");
        assertThat(dev.plaza.core.activity.ConversationFilterKeys.parse(java.util.Map.of("sentiment", "negative")).sentiment())
                .contains(Sentiment.NEGATIVE);
    }

    @Test
    void aPostThatKeepsBreakingTheScorerStopsNoOther() {
        long w = workspaceWithPosts();
        PostScorer breaksOnHate = post -> {
            if (post.text().contains("hate")) {
                throw new IllegalStateException("cannot read this one");
            }
            return byWords().score(post);
        };

        for (int round = 0; round < 10; round++) {
            try {
                while (db.store().scoring().scoreQueued(1, breaksOnHate) > 0) {
                    // one post a round: the broken one fails alone
                }
            } catch (IllegalStateException expected) {
                // counted against the post; the next round goes on
            }
        }

        assertThat(count(w, Sentiment.POSITIVE)).isEqualTo(1);
        assertThat(count(w, Sentiment.NEUTRAL)).isEqualTo(1);
        assertThat(count(w, Sentiment.NEGATIVE)).isZero();
        assertThat(db.store().scoring().scoreQueued(100, breaksOnHate)).as("the broken post is no longer taken").isZero();
        assertThat(db.store().scoring().queued()).isPositive();

        db.store().activities().edit(w, "https://social.example/p/2", ana.stableId(), "I love waiting now", Optional.empty(),
                T0.plusSeconds(900));
        scoreAll();

        assertThat(count(w, Sentiment.POSITIVE)).as("edited, it is taken again").isEqualTo(2);
    }

    private List<String> withPostsThatAre(long w, Sentiment sentiment) {
        return db.store().conversations().list(w, dev.plaza.core.activity.ConversationFilter.ALL.withSentiment(Optional.of(sentiment)),
                dev.plaza.core.paging.PageRequest.first(10)).items().stream().map(dev.plaza.core.activity.Conversation::subject).toList();
    }

    @Test
    void aDeletedPostLeavesTheCounts() {
        long w = workspaceWithPosts();
        scoreAll();

        db.store().activities().delete(w, "https://social.example/p/1", ana.stableId(), T0.plusSeconds(600));
        scoreAll();

        assertThat(count(w, Sentiment.POSITIVE)).isZero();
        assertThat(count(w, Sentiment.NEGATIVE) + count(w, Sentiment.NEUTRAL)).isEqualTo(2);
        assertThat(withPostsThatAre(w, Sentiment.POSITIVE)).isEmpty();
        long deleted = db.store().activities().findByUri(w, "https://social.example/p/1").orElseThrow().id();
        assertThat(db.store().sentiments().of(w, List.of(deleted))).isEmpty();
    }

    @Test
    void aFailedRoundLeavesThePostsQueued() {
        long w = workspaceWithPosts();
        PostScorer failing = post -> {
            throw new IllegalStateException("the model broke");
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.store().scoring().scoreQueued(100, failing))
                .hasMessageContaining("the model broke");
        scoreAll();

        assertThat(db.store().sentiments().daily(w, DAY, DAY).stream().mapToLong(SentimentDay::count).sum()).isEqualTo(3);
    }
}
