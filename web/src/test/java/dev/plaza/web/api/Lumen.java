package dev.plaza.web.api;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static dev.plaza.store.testing.Batches.repost;

import dev.plaza.core.Store;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.leaders.LeaderRanking;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.core.team.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lamp brand's community over two days, every measure of it known by construction. Lumen owns the
 * fediverse account {@code lumen@lumen.example} and listens to #lighting, the goal.
 *
 * <p>Day one, heard through the listening channel: Lumen posts about its #lighting workshop; Ana
 * replies that she loves it and recommends Lumen in a #lighting post she loves; Bob's #lighting is
 * broken; Lumen replies to Bob a minute later and Bob thanks it. Day two, imported: Carol asks which
 * lamp fits a reading corner and Ana answers with Lumen; Dave says Lumen lamps are broken; Carol boosts
 * Ana's recommendation and Dave replies to it that his came broken, which the brand leaves unanswered.
 */
record Lumen(Store store, long workspaceId, String viewer, long listeningChannel) {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate DAY_ONE = LocalDate.of(2026, 3, 2);
    static final LocalDate DAY_TWO = DAY_ONE.plusDays(1);
    static final Instant RANKED_AT = Instant.parse("2026-03-04T00:00:00Z");

    static final SeenIdentity BRAND = account("lumen", "lumen.example");
    static final SeenIdentity ANA = account("ana", "social.example");
    static final SeenIdentity BOB = account("bob", "other.example");
    static final SeenIdentity CAROL = account("carol", "social.example");
    static final SeenIdentity DAVE = account("dave", "other.example");

    static final String WORKSHOP = "https://lumen.example/p/1";
    static final String ANA_LOVES_IT = "https://social.example/ana/1";
    static final String RECOMMENDATION = "https://social.example/ana/2";
    static final String BOB_BROKEN = "https://other.example/bob/1";
    static final String BRAND_REPLY = "https://lumen.example/p/2";
    static final String BOB_THANKS = "https://other.example/bob/2";
    static final String QUESTION = "https://social.example/carol/1";
    static final String ANSWER = "https://social.example/ana/3";
    static final String DAVE_BROKEN = "https://other.example/dave/1";
    static final String BOOST = "https://social.example/carol/2";
    static final String DAVE_REPLY = "https://other.example/dave/2";

    /** "love" is positive, "broken" negative; "try Lumen" recommends, "Lumen" after a question answers, "Lumen" else names. */
    static final PostScorer WORDS = post -> {
        Sentiment sentiment = post.text().contains("love") ? Sentiment.POSITIVE
                : post.text().contains("broken") ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        AdvocacyReading advocacy = post.byBrand() ? AdvocacyReading.NONE
                : post.replyToBrand() ? new AdvocacyReading(Advocacy.REPLY_TO_BRAND, Optional.empty())
                : post.text().contains("try Lumen") ? new AdvocacyReading(Advocacy.RECOMMENDATION, Optional.of("You should try"))
                : !post.text().contains("Lumen") ? AdvocacyReading.NONE
                : post.parentText().filter(parent -> parent.contains("?")).isPresent()
                        ? new AdvocacyReading(Advocacy.ANSWER, Optional.of("Lumen"))
                        : new AdvocacyReading(Advocacy.MENTION, Optional.of("Lumen"));
        return new PostScore(new SentimentScore(sentiment, 0.8), advocacy);
    };

    static Lumen plant(Store store, long workspaceId) {
        store.channels().add(workspaceId, Platform.FEDIVERSE, BRAND.stableId(), ChannelKind.OWNED, Optional.empty());
        long listening = store.channels().add(workspaceId, Platform.FEDIVERSE, "#lighting", ChannelKind.LISTENING,
                Optional.empty()).id();
        List<MatchReason> goal = List.of(new MatchReason(MatchReason.Kind.HASHTAG, "lighting"));
        store.streams().ingest(workspaceId, new StreamBatch("lumen-test", 1, new IngestBatch(List.of(BRAND, ANA, BOB), List.of(
                post(WORKSHOP, BRAND, T0, "Our #lighting workshop opens today"),
                reply(ANA_LOVES_IT, ANA, T0.plusSeconds(60), "I love it", WORKSHOP),
                post(RECOMMENDATION, ANA, T0.plusSeconds(120), "You should try Lumen, I love my desk lamp #lighting"),
                post(BOB_BROKEN, BOB, T0.plusSeconds(180), "My #lighting is broken again"),
                reply(BRAND_REPLY, BRAND, T0.plusSeconds(240), "Bring it to the workshop", BOB_BROKEN),
                reply(BOB_THANKS, BOB, T0.plusSeconds(300), "Thanks, will do", BRAND_REPLY)),
                Optional.of(listening)), List.of(), List.of(), Map.of(WORKSHOP, goal, RECOMMENDATION, goal, BOB_BROKEN, goal)));
        Instant dayTwo = T0.plus(Duration.ofDays(1));
        store.ingest().ingest(workspaceId, new IngestBatch(List.of(ANA, CAROL, DAVE), List.of(
                post(QUESTION, CAROL, dayTwo, "Which lamp fits a reading corner?"),
                reply(ANSWER, ANA, dayTwo.plusSeconds(60), "Lumen has one for that", QUESTION),
                post(DAVE_BROKEN, DAVE, dayTwo.plusSeconds(120), "Lumen lamps are broken by design"),
                repost(BOOST, CAROL, dayTwo.plusSeconds(180), RECOMMENDATION),
                reply(DAVE_REPLY, DAVE, dayTwo.plusSeconds(240), "Nice tip, but mine came broken", RECOMMENDATION)), Optional.empty()), Progress.NONE);
        while (store.scoring().scoreQueued(100, WORDS) > 0) {
            // until the queue is empty
        }
        store.leaders().replaceAll(workspaceId, LeaderRanking.rank(store.leaders().interactions(workspaceId), 50), RANKED_AT);
        store.engagement().recompute(workspaceId, true);
        return new Lumen(store, workspaceId, store.apiTokens().create(workspaceId, "reporting", Role.VIEWER).secret(), listening);
    }

    long activity(String uri) {
        return at(uri).id();
    }

    long conversationOf(String uri) {
        return at(uri).conversationId().orElseThrow();
    }

    long communityOf(String uri) {
        return at(uri).communityId().orElseThrow();
    }

    /** The person who wrote the activity at {@code uri}. */
    long authorOf(String uri) {
        return store.people().identity(workspaceId, at(uri).authorIdentityId()).orElseThrow().personId();
    }

    private Activity at(String uri) {
        return store.activities().findByUri(workspaceId, uri).orElseThrow();
    }
}
