package dev.plaza.web.api;

import static dev.plaza.web.api.LumenApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.store.testing.TestStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboards' measures over the API, and the posts behind them, on a community whose every count is known. */
class MeasuresApiTest {

    @RegisterExtension
    @Order(1)
    static final TestStore db = new TestStore();

    @RegisterExtension
    @Order(2)
    static final LumenApi api = new LumenApi(db);

    private static final String MARCH = "from=2026-03-01&to=2026-03-31";
    private static final String TWO_DAYS = "from=2026-03-02&until=2026-03-03";

    private static JsonNode days(String query) {
        return api.ok("/api/v1/measures?" + query).path("days");
    }

    private static final JsonNode DAY_ONE = json("""
            {"day": "2026-03-02", "posts": 6, "negative": 1, "neutral": 3, "positive": 2, "recommendations": 1, "answers": 0,
             "replies_to_brand": 2, "mentions": 0, "brand_replies": 1, "goal_posts": 3, "goal_posts_of_brand": 2,
             "share_of_voice": 0.6666666666666666}""");
    private static final JsonNode DAY_TWO = json("""
            {"day": "2026-03-03", "posts": 4, "negative": 2, "neutral": 2, "positive": 0, "recommendations": 0, "answers": 1,
             "replies_to_brand": 0, "mentions": 1, "brand_replies": 0, "goal_posts": 0, "goal_posts_of_brand": 0,
             "share_of_voice": null}""");

    @Test
    void theWholeCommunitysDaysCountEveryMeasureAndTheShareOfVoice() {
        JsonNode measures = api.ok("/api/v1/measures?" + MARCH);

        assertThat(measures.path("scope").asText()).isEqualTo("all");
        assertThat(measures.path("from").asText()).isEqualTo("2026-03-01");
        assertThat(measures.path("to").asText()).isEqualTo("2026-03-31");
        assertThat(measures.path("days")).containsExactly(DAY_ONE, DAY_TWO);
        assertThat(days("scope=all&from=2026-03-03&to=2026-03-03")).as("one day").containsExactly(DAY_TWO);
    }

    @Test
    void eachScopeCountsOnlyItsOwnPosts() {
        long ana = api.lumen().communityOf(Lumen.RECOMMENDATION);

        assertThat(days("scope=platform:fediverse&" + MARCH)).containsExactly(DAY_ONE, DAY_TWO);
        assertThat(days("scope=platform:bluesky&" + MARCH)).isEmpty();
        assertThat(days("scope=channel:%d&%s".formatted(api.lumen().listeningChannel(), MARCH))).as("day one came through it")
                .containsExactly(DAY_ONE);
        assertThat(days("scope=community:%d&%s".formatted(ana, MARCH))).as("Ana's and Carol's instance").containsExactly(json("""
                {"day": "2026-03-02", "posts": 2, "negative": 0, "neutral": 0, "positive": 2, "recommendations": 1, "answers": 0,
                 "replies_to_brand": 1, "mentions": 0, "brand_replies": 0, "goal_posts": 1, "goal_posts_of_brand": 1,
                 "share_of_voice": 1.0}"""), json("""
                {"day": "2026-03-03", "posts": 2, "negative": 0, "neutral": 2, "positive": 0, "recommendations": 0, "answers": 1,
                 "replies_to_brand": 0, "mentions": 0, "brand_replies": 0, "goal_posts": 0, "goal_posts_of_brand": 0,
                 "share_of_voice": null}"""));
    }

    @Test
    void anotherWorkspacesCommunityOrChannelIsNotFound() {
        long theirs = api.other().communityOf(Lumen.RECOMMENDATION);
        long theirChannel = api.other().listeningChannel();

        ApiResponse community = api.viewer().get("/api/v1/measures?scope=community:%d&%s".formatted(theirs, MARCH));
        ApiResponse channel = api.viewer().get("/api/v1/measures?scope=channel:%d&%s".formatted(theirChannel, MARCH));
        ApiResponse posts = api.viewer().get("/api/v1/measures/posts?scope=community:%d&%s".formatted(theirs, TWO_DAYS));

        assertThat(community.status()).isEqualTo(404);
        assertThat(community.message()).isEqualTo("community %d was not found".formatted(theirs));
        assertThat(channel.message()).isEqualTo("channel %d was not found".formatted(theirChannel));
        assertThat(posts.status()).isEqualTo(404);
    }

    @Test
    void badParametersAreRefusedWithWhatWasWrong() {
        assertThat(api.refusal("/api/v1/measures?to=2026-03-31")).isEqualTo("query parameter 'from' is required: a day as YYYY-MM-DD");
        assertThat(api.refusal("/api/v1/measures?from=2026-03-01&to=yesterday"))
                .isEqualTo("query parameter 'to' must be a day as YYYY-MM-DD, got 'yesterday'");
        assertThat(api.refusal("/api/v1/measures?from=2026-03-31&to=2026-03-01"))
                .isEqualTo("the days run from 2026-03-31 to 2026-03-01: 'to' comes before 'from'");
        assertThat(api.refusal("/api/v1/measures?from=2025-01-01&to=2026-02-05"))
                .isEqualTo("from 2025-01-01 to 2026-02-05 is more than 400 days: choose a shorter span");
        assertThat(days("from=2025-01-01&to=2026-02-04")).as("400 days are allowed").isEmpty();
        assertThat(api.refusal("/api/v1/measures?scope=galaxy:1&" + MARCH)).startsWith("query parameter 'scope': a scope is 'all', ");
        assertThat(api.refusal("/api/v1/measures?until=2026-03-31&from=2026-03-01")).startsWith("unknown query parameter 'until'");
        assertThat(api.refusal("/api/v1/measures/posts?from=2026-03-01&to=2026-03-31")).startsWith("unknown query parameter 'to'");
        assertThat(api.refusal("/api/v1/measures/posts?%s&sentiment=angry".formatted(TWO_DAYS)))
                .isEqualTo("query parameter 'sentiment': unknown sentiment \"angry\": use negative, neutral or positive");
        assertThat(api.refusal("/api/v1/measures/posts?%s&advocacy=none".formatted(TWO_DAYS))).startsWith("advocacy 'none' is not counted");
        assertThat(api.refusal("/api/v1/measures/posts?%s&measure=likes".formatted(TWO_DAYS)))
                .startsWith("query parameter 'measure': unknown measure \"likes\"");
        assertThat(api.refusal("/api/v1/measures/posts?%s&limit=0".formatted(TWO_DAYS)))
                .isEqualTo("query parameter 'limit' must be an integer from 1 to 200, got '0'");
        assertThat(api.refusal("/api/v1/measures/posts?%s&cursor=nonsense".formatted(TWO_DAYS)))
                .isEqualTo("cursor 'nonsense' is not one that Plaza handed out");
    }

    @Test
    void withoutATokenNothingIsMeasured() {
        assertThat(api.viewer().anonymous().get("/api/v1/measures?" + MARCH).status()).isEqualTo(401);
        assertThat(api.viewer().anonymous().get("/api/v1/measures/posts?" + TWO_DAYS).status()).isEqualTo(401);
    }

    @Test
    void thePostsBehindAPointAreExactlyThoseItsMeasureCounted() {
        JsonNode negative = api.viewer().get("/api/v1/measures/posts?%s&sentiment=negative".formatted(TWO_DAYS)).json().path("items");

        assertThat(uris(negative)).containsExactly(Lumen.DAVE_REPLY, Lumen.DAVE_BROKEN, Lumen.BOB_BROKEN);
        JsonNode daves = negative.get(1);
        assertThat(daves.path("author")).isEqualTo(json("""
                {"person_id": %d, "name": "Dave", "handle": "@dave@other.example"}"""
                .formatted(api.lumen().authorOf(Lumen.DAVE_BROKEN))));
        assertThat(daves.path("activity").path("id").asLong()).isEqualTo(api.lumen().activity(Lumen.DAVE_BROKEN));
        assertThat(daves.path("sentiment").asText()).isEqualTo("negative");
        assertThat(daves.path("confidence").asDouble()).isEqualTo(0.8);
        assertThat(daves.path("advocacy").asText()).isEqualTo("mention");
        assertThat(negative.get(2).path("advocacy").isNull()).as("Bob does not name the brand").isTrue();
        assertThat(uris(items("advocacy=recommendation&" + TWO_DAYS))).containsExactly(Lumen.RECOMMENDATION);
        assertThat(uris(items("advocacy=answer&" + TWO_DAYS))).containsExactly(Lumen.ANSWER);
        assertThat(uris(items("measure=brand-reply&" + TWO_DAYS))).containsExactly(Lumen.BRAND_REPLY);
        assertThat(uris(items("measure=goal-brand&from=2026-03-02&until=2026-03-02")))
                .containsExactly(Lumen.RECOMMENDATION, Lumen.WORKSHOP);
        assertThat(uris(items("scope=channel:%d&%s".formatted(api.lumen().listeningChannel(), TWO_DAYS)))).hasSize(6);
        assertThat(uris(items("scope=platform:bluesky&" + TWO_DAYS))).isEmpty();
    }

    private static JsonNode items(String query) {
        return api.ok("/api/v1/measures/posts?" + query).path("items");
    }

    private static List<String> uris(JsonNode items) {
        List<String> uris = new ArrayList<>();
        items.forEach(item -> uris.add(item.path("activity").path("uri").asText()));
        return uris;
    }

    @Test
    void theCursorWalksEveryScoredPostOnceNewestFirst() {
        List<String> walked = new ArrayList<>();
        int pages = 0;
        String next = "";
        do {
            JsonNode page = api.viewer().get("/api/v1/measures/posts?%s&limit=3%s".formatted(TWO_DAYS, next)).json();
            walked.addAll(uris(page.path("items")));
            pages++;
            next = page.path("next_cursor").isNull() ? null : "&cursor=" + page.path("next_cursor").asText();
        } while (next != null);

        assertThat(walked).as("every scored post; the boost has no words to score").containsExactly(Lumen.DAVE_REPLY,
                Lumen.DAVE_BROKEN, Lumen.ANSWER, Lumen.QUESTION, Lumen.BOB_THANKS, Lumen.BRAND_REPLY, Lumen.BOB_BROKEN,
                Lumen.RECOMMENDATION, Lumen.ANA_LOVES_IT, Lumen.WORKSHOP);
        assertThat(pages).isEqualTo(4);
    }
}
