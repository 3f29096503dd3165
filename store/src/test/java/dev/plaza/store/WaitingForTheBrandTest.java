package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationFilterKeys;
import dev.plaza.core.activity.ConversationOrder;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inbox sorted by what waits for the brand: the conversations with an unanswered negative post first. */
class WaitingForTheBrandTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-07-01T08:00:00Z");
    private static final ConversationFilter ATTENTION = ConversationFilter.ALL.withOrder(ConversationOrder.ATTENTION);
    private final SeenIdentity brand = account("brand", "plaza.example");
    private final SeenIdentity ana = account("ana", "social.example");
    private final SeenIdentity bob = account("bob", "social.example");
    private final PostScorer byWords = post -> new PostScore(new SentimentScore(post.text().contains("broken") ? Sentiment.NEGATIVE
            : post.text().contains("love") ? Sentiment.POSITIVE : Sentiment.NEUTRAL, 0.9), AdvocacyReading.NONE);

    /** Ana's broken bike (08:00) and Bob's broken chain (08:30) wait; Bob's praise (09:00) and Ana's app (10:00, answered at 11:00) do not. */
    private long inbox() {
        long w = db.newWorkspace().id();
        db.store().channels().add(w, Platform.FEDIVERSE, brand.stableId(), ChannelKind.OWNED, Optional.empty());
        ingest(w, 1,
                post("https://social.example/p/bike", ana, T0, "My bike arrived broken"),
                post("https://social.example/p/chain", bob, T0.plusSeconds(1800), "Another broken chain"),
                post("https://social.example/p/saddle", bob, T0.plusSeconds(3600), "I love the new saddle"),
                post("https://social.example/p/app", ana, T0.plusSeconds(7200), "The app is broken"),
                reply("https://plaza.example/p/fix", brand, T0.plusSeconds(10_800), "Fixed in today's update", "https://social.example/p/app"));
        return w;
    }

    private void ingest(long w, long position, IncomingActivity... activities) {
        db.store().streams().ingest(w, new StreamBatch("test", position, new IngestBatch(List.of(brand, ana, bob), List.of(activities),
                Optional.empty()), List.of(), List.of()));
        while (db.store().scoring().scoreQueued(100, byWords) > 0) {
            // until the queue is empty
        }
    }

    private List<String> subjects(long w, ConversationFilter filter, int pageSize) {
        List<String> subjects = new ArrayList<>();
        PageRequest request = PageRequest.first(pageSize);
        while (true) {
            Page<Conversation> page = db.store().conversations().list(w, filter, request);
            page.items().forEach(c -> subjects.add(c.subject()));
            if (page.nextCursor().isEmpty()) {
                return subjects;
            }
            request = PageRequest.after(page.nextCursor().get(), pageSize);
        }
    }

    @Test
    void theConversationsWaitingForTheBrandComeFirstTheLongestWaitingFirst() {
        long w = inbox();
        List<String> expected = List.of("My bike arrived broken", "Another broken chain", "The app is broken", "I love the new saddle");

        assertThat(subjects(w, ATTENTION, 50)).isEqualTo(expected);
        for (int pageSize = 1; pageSize <= 4; pageSize++) {
            assertThat(subjects(w, ATTENTION, pageSize)).as("pages of %d", pageSize).isEqualTo(expected);
        }
        assertThat(subjects(w, ConversationFilter.ALL, 50)).as("by the latest activity")
                .containsExactly("The app is broken", "I love the new saddle", "Another broken chain", "My bike arrived broken");
    }

    @Test
    void theBrandsAnswerTakesAConversationOutOfTheWaitingAndTheFiltersStillHold() {
        long w = inbox();

        ingest(w, 2, reply("https://plaza.example/p/sorry", brand, T0.plusSeconds(14_400), "Sorry! A new one is on its way.",
                "https://social.example/p/bike"));

        assertThat(subjects(w, ATTENTION, 2)).containsExactly("Another broken chain", "My bike arrived broken", "The app is broken",
                "I love the new saddle");
        assertThat(subjects(w, ATTENTION.withSentiment(Optional.of(Sentiment.NEGATIVE)), 50))
                .containsExactly("Another broken chain", "My bike arrived broken", "The app is broken");
        assertThat(ConversationFilterKeys.of(ATTENTION)).isEqualTo(Map.of("sort", "attention"));
        assertThat(ConversationFilterKeys.parse(Map.of("sort", "attention"))).isEqualTo(ATTENTION);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConversationFilterKeys.parse(Map.of("sort", "loudest")))
                .hasMessageContaining("not 'loudest'");
    }
}
