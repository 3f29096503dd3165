package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.people.PersonFilter;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.relationships.Relationship;
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

/** A small community whose relationship with the brand is known by construction. */
class RelationshipsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private final SeenIdentity brand = account("brand", "plaza.example");
    private final SeenIdentity ana = account("ana", "social.example");

    private static Instant at(String when) {
        return Instant.parse(when);
    }

    /** The scoring worker keeps the replies each way and the response times (V32): the page reads what it kept. */
    private static void scoreAll() {
        PostScorer neutral = post -> new PostScore(new SentimentScore(Sentiment.NEUTRAL, 0.5), AdvocacyReading.NONE);
        while (db.store().scoring().scoreQueued(100, neutral) > 0) {
            // until the queue is empty
        }
    }

    @Test
    void whoAnswersWhomHowFastAndForHowLong() {
        long w = db.newWorkspace().id();
        db.store().channels().add(w, Platform.FEDIVERSE, brand.stableId(), ChannelKind.OWNED, Optional.empty());
        db.store().streams().ingest(w, new StreamBatch("test", 1, new IngestBatch(List.of(brand, ana), List.of(
                // January: the brand posts, Ana replies to it
                post("https://plaza.example/p/b1", brand, at("2026-01-10T09:00:00Z"), "We open a new workshop"),
                reply("https://social.example/p/r1", ana, at("2026-01-10T10:00:00Z"), "Congratulations!", "https://plaza.example/p/b1"),
                // February and March: Ana asks twice, the brand answers after 30 and 90 minutes
                post("https://social.example/p/a1", ana, at("2026-02-03T12:00:00Z"), "Is the workshop open on Sundays?"),
                reply("https://plaza.example/p/b2", brand, at("2026-02-03T12:30:00Z"), "Not yet!", "https://social.example/p/a1"),
                post("https://social.example/p/a2", ana, at("2026-03-05T08:00:00Z"), "Do you fix e-bikes?"),
                reply("https://plaza.example/p/b3", brand, at("2026-03-05T09:30:00Z"), "We do.", "https://social.example/p/a2"),
                // nothing in April; May once more
                post("https://social.example/p/a3", ana, at("2026-05-20T18:00:00Z"), "Great ride today")), Optional.empty()),
                List.of(), List.of()));
        scoreAll();
        long anaPerson = db.store().people().search(w, new PersonFilter(Optional.of("Ana"), Optional.empty()), PageRequest.first(5))
                .items().getFirst().id();

        Relationship relationship = db.store().relationships().of(w, anaPerson);

        assertThat(relationship.theirReplies()).isEqualTo(1);
        assertThat(relationship.brandReplies()).isEqualTo(2);
        assertThat(relationship.medianResponse()).contains(Duration.ofMinutes(60));
        assertThat(relationship.reciprocity()).isCloseTo(0.5, within(1e-9));
        assertThat(relationship.activeMonths()).isEqualTo(4);
        assertThat(relationship.tenureMonths()).isEqualTo(5);
        assertThat(relationship.retention()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void someoneTheBrandNeverMetHasNoRelationshipYet() {
        long w = db.newWorkspace().id();
        db.store().streams().ingest(w, new StreamBatch("test", 1, new IngestBatch(List.of(ana), List.of(
                post("https://social.example/p/x", ana, at("2026-01-01T00:00:00Z"), "Hello")), Optional.empty()), List.of(), List.of()));
        scoreAll();
        long anaPerson = db.store().people().search(w, new PersonFilter(Optional.of("Ana"), Optional.empty()), PageRequest.first(5))
                .items().getFirst().id();

        Relationship relationship = db.store().relationships().of(w, anaPerson);

        assertThat(relationship.theirReplies()).isZero();
        assertThat(relationship.brandReplies()).isZero();
        assertThat(relationship.medianResponse()).isEmpty();
        assertThat(relationship.reciprocity()).isZero();
        assertThat(relationship.tenureMonths()).isEqualTo(1);
    }
}
