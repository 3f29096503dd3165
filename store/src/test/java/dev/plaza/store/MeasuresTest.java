package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.measures.MeasureDay;
import dev.plaza.core.measures.MeasureFilter;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.measures.Scope;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A day of a small community whose every measure is known by construction, in each scope it counts in. */
class MeasuresTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-04-07T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 4, 7);
    private final SeenIdentity brand = account("fernhill", "plaza.example");
    private final SeenIdentity ana = account("ana", "social.example");
    private final SeenIdentity bob = account("bob", "other.example");

    /** Reads posts the way the words say: "love" positive, "broken" negative; "try Fernhill" recommends, "Fernhill" names. */
    private final PostScorer words = post -> {
        String text = post.text().toLowerCase(java.util.Locale.ROOT);
        Sentiment sentiment = text.contains("love") ? Sentiment.POSITIVE : text.contains("broken") ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        Advocacy advocacy = post.byBrand() ? Advocacy.NONE : post.replyToBrand() ? Advocacy.REPLY_TO_BRAND
                : post.text().contains("try Fernhill") ? Advocacy.RECOMMENDATION
                : post.text().contains("Fernhill") ? Advocacy.MENTION : Advocacy.NONE;
        return new PostScore(new SentimentScore(sentiment, 0.8),
                advocacy == Advocacy.NONE ? AdvocacyReading.NONE : new AdvocacyReading(advocacy, Optional.empty()));
    };

    private record Community(long workspaceId, long channelId) {
    }

    private Community dayOfPosts() {
        long w = db.newWorkspace().id();
        db.store().channels().add(w, Platform.FEDIVERSE, brand.stableId(), ChannelKind.OWNED, Optional.empty());
        long listening = db.store().channels().add(w, Platform.FEDIVERSE, "#repair", ChannelKind.LISTENING, Optional.empty()).id();
        MatchReason goal = new MatchReason(MatchReason.Kind.HASHTAG, "repair");
        db.store().streams().ingest(w, new StreamBatch("test", 1, new IngestBatch(List.of(brand, ana, bob), List.of(
                post("https://plaza.example/p/1", brand, T0, "Our #repair café opens today"),
                reply("https://social.example/p/1", ana, T0.plusSeconds(60), "I love it", "https://plaza.example/p/1"),
                post("https://social.example/p/2", ana, T0.plusSeconds(120), "Broken kettle? You should try Fernhill #repair"),
                post("https://other.example/p/1", bob, T0.plusSeconds(180), "My #repair went broken again"),
                reply("https://plaza.example/p/2", brand, T0.plusSeconds(240), "Bring it on Saturday", "https://other.example/p/1")),
                Optional.of(listening)), List.of(), List.of(),
                Map.of("https://plaza.example/p/1", List.of(goal), "https://social.example/p/2", List.of(goal),
                        "https://other.example/p/1", List.of(goal))));
        scoreAll();
        return new Community(w, listening);
    }

    private void scoreAll() {
        while (db.store().scoring().scoreQueued(100, words) > 0) {
            // until the queue is empty
        }
    }

    private MeasureDay day(long w, Scope scope) {
        List<MeasureDay> days = db.store().measures().daily(w, scope, DAY, DAY);
        assertThat(days).as("one day of %s", scope.key()).hasSize(1);
        return days.getFirst();
    }

    private long communityOf(long w, String uri) {
        return db.store().activities().findByUri(w, uri).orElseThrow().communityId().orElseThrow();
    }

    @Test
    void eachMeasureCountsInTheWholeCommunityItsPlatformCommunityAndChannel() {
        Community c = dayOfPosts();
        long w = c.workspaceId();

        // "Broken kettle?" is negative as well as a recommendation; the brand's voice on the goal is its own post and Ana's
        MeasureDay all = new MeasureDay(DAY, 2, 2, 1, 1, 0, 1, 0, 1, 3, 2);
        assertThat(day(w, Scope.ALL)).isEqualTo(all);
        assertThat(day(w, new Scope.OfPlatform(Platform.FEDIVERSE))).isEqualTo(all);
        assertThat(day(w, new Scope.OfChannel(c.channelId()))).isEqualTo(all);
        assertThat(day(w, new Scope.OfCommunity(communityOf(w, "https://social.example/p/1"))))
                .as("Ana's instance").isEqualTo(new MeasureDay(DAY, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1));
        assertThat(day(w, new Scope.OfCommunity(communityOf(w, "https://other.example/p/1"))))
                .as("Bob's instance").isEqualTo(new MeasureDay(DAY, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0));
        assertThat(day(w, Scope.ALL).shareOfVoice()).hasValue(2.0 / 3);
        assertThat(db.store().measures().daily(w, new Scope.OfPlatform(Platform.BLUESKY), DAY, DAY)).isEmpty();
        assertThat(db.store().measures().daily(w + 1, Scope.ALL, DAY, DAY)).as("another workspace's").isEmpty();
    }

    @Test
    void anEditOrDeletionMovesEveryMeasureByTheDifference() {
        Community c = dayOfPosts();
        long w = c.workspaceId();

        db.store().activities().edit(w, "https://social.example/p/2", ana.stableId(), "Broken kettle, fixed it myself #repair",
                Optional.empty(), T0.plusSeconds(600));
        scoreAll();
        assertThat(day(w, Scope.ALL)).as("no longer recommending, still about the goal")
                .isEqualTo(new MeasureDay(DAY, 2, 2, 1, 0, 0, 1, 0, 1, 3, 1));

        db.store().streams().ingest(w, new StreamBatch("test", 2, new IngestBatch(List.of(), List.of(), Optional.empty()),
                List.of(), List.of(new StreamBatch.Deletion("https://other.example/p/1", bob.stableId(), T0.plusSeconds(900)))));
        scoreAll();
        assertThat(day(w, Scope.ALL)).as("Bob's post gone; the brand's reply to it stays counted")
                .isEqualTo(new MeasureDay(DAY, 1, 2, 1, 0, 0, 1, 0, 1, 2, 1));
        assertThat(db.store().measures().daily(w, new Scope.OfCommunity(communityOf(w, "https://other.example/p/1")), DAY, DAY))
                .isEmpty();
    }

    @Test
    void aRemovedChannelTakesItsMeasuresAlongAndLeavesTheRest() {
        Community c = dayOfPosts();
        long w = c.workspaceId();

        db.store().channels().remove(w, c.channelId());
        db.store().activities().edit(w, "https://social.example/p/1", ana.stableId(), "I love it, see you there",
                Optional.empty(), T0.plusSeconds(600));
        scoreAll();

        assertThat(db.store().measures().daily(w, new Scope.OfChannel(c.channelId()), DAY, DAY)).isEmpty();
        assertThat(day(w, Scope.ALL)).isEqualTo(new MeasureDay(DAY, 2, 2, 1, 1, 0, 1, 0, 1, 3, 2));
    }

    private List<String> behind(long w, Scope scope, String... parameters) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("scope", scope.key(), "from", DAY.toString(), "until", DAY.toString()));
        for (int i = 0; i < parameters.length; i += 2) {
            values.put(parameters[i], parameters[i + 1]);
        }
        MeasureFilter filter = MeasureFilter.parse(name -> Optional.ofNullable(values.get(name)));
        return db.store().measures().posts(w, filter, PageRequest.first(50)).items().stream()
                .map(p -> p.activity().uri()).toList();
    }

    @Test
    void thePostsBehindEachPointAreThoseItCounted() {
        Community c = dayOfPosts();
        long w = c.workspaceId();
        long anas = communityOf(w, "https://social.example/p/1");

        assertThat(behind(w, Scope.ALL)).as("every scored post, newest first").containsExactly("https://plaza.example/p/2",
                "https://other.example/p/1", "https://social.example/p/2", "https://social.example/p/1", "https://plaza.example/p/1");
        assertThat(behind(w, Scope.ALL, "sentiment", "negative"))
                .containsExactly("https://other.example/p/1", "https://social.example/p/2");
        assertThat(behind(w, new Scope.OfCommunity(anas), "sentiment", "negative")).containsExactly("https://social.example/p/2");
        assertThat(behind(w, Scope.ALL, "advocacy", "recommendation")).containsExactly("https://social.example/p/2");
        assertThat(behind(w, Scope.ALL, "advocacy", "reply-to-brand")).containsExactly("https://social.example/p/1");
        assertThat(behind(w, Scope.ALL, "measure", "brand-reply")).containsExactly("https://plaza.example/p/2");
        assertThat(behind(w, Scope.ALL, "measure", "goal"))
                .containsExactly("https://other.example/p/1", "https://social.example/p/2", "https://plaza.example/p/1");
        assertThat(behind(w, new Scope.OfChannel(c.channelId()), "measure", "goal-brand"))
                .containsExactly("https://social.example/p/2", "https://plaza.example/p/1");
        assertThat(behind(w, new Scope.OfPlatform(Platform.BLUESKY))).isEmpty();
        assertThat(db.store().measures().posts(w + 1, MeasureFilter.parse(name -> Optional.ofNullable(Map.of("from",
                DAY.toString(), "until", DAY.toString()).get(name))), PageRequest.first(5)).items()).as("another workspace's").isEmpty();
    }

    @Test
    void aFilterSaysWhatIsWrongWithIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MeasureFilter.parse(name -> Optional.empty()))
                .hasMessageContaining("'from' is required");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MeasureFilter.parse(name -> Optional.ofNullable(Map.of("from",
                "2026-04-08", "until", "2026-04-01").get(name)))).hasMessageContaining("'until' comes before 'from'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MeasureFilter.parse(name -> Optional.ofNullable(Map.of("from",
                "2026-04-08", "until", "8 April").get(name)))).hasMessageContaining("'until' is a day as YYYY-MM-DD, not '8 April'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MeasureFilter.parse(name -> Optional.ofNullable(Map.of("from",
                "2026-04-01", "until", "2026-04-02", "measure", "clicks").get(name)))).hasMessageContaining("unknown measure \"clicks\"");
    }

    @Test
    void aPostAboutTheGoalCountsWhicheverWayItCame() {
        long w = db.newWorkspace().id();
        db.store().goals().save(new dev.plaza.core.community.Goal(w, "Repair, not replace", List.of("fix it yourself"), List.of("repair"),
                List.of(), List.of("giveaway")));
        // imported, so no listener kept a reason: the goal is read from the words
        db.store().ingest().ingest(w, new IngestBatch(List.of(ana), List.of(
                post("https://social.example/p/10", ana, T0, "A #repair day at the library"),
                post("https://social.example/p/11", ana, T0.plusSeconds(60), "Fix it yourself, said the manual"),
                post("https://social.example/p/12", ana, T0.plusSeconds(120), "#repair giveaway today"),
                post("https://social.example/p/13", ana, T0.plusSeconds(180), "Nothing to see")), Optional.empty()),
                dev.plaza.core.ingest.Progress.NONE);
        scoreAll();

        assertThat(day(w, Scope.ALL).goalPosts()).as("a hashtag and a phrase; an exclusion drops one").isEqualTo(2);
        assertThat(behind(w, Scope.ALL, "measure", "goal")).containsExactly("https://social.example/p/11", "https://social.example/p/10");
    }

    @Test
    void scopesAreNamedByKeys() {
        assertThat(Scope.parse("all")).isEqualTo(Scope.ALL);
        assertThat(Scope.parse("platform:bluesky")).isEqualTo(new Scope.OfPlatform(Platform.BLUESKY));
        assertThat(Scope.parse("community:12")).isEqualTo(new Scope.OfCommunity(12));
        assertThat(Scope.parse(new Scope.OfChannel(3).key())).isEqualTo(new Scope.OfChannel(3));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Scope.parse("community:twelve"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("community:twelve");
    }
}
