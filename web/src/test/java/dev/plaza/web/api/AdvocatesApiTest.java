package dev.plaza.web.api;

import static dev.plaza.web.api.LumenApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Advocates, their recommendations with the word of mouth behind each, and each person's relationship with the brand. */
class AdvocatesApiTest {

    @RegisterExtension
    @Order(1)
    static final TestStore db = new TestStore();

    @RegisterExtension
    @Order(2)
    static final LumenApi api = new LumenApi(db);

    private static final Instant ANSWERED_AT = Lumen.T0.plusSeconds(86_400 + 60);

    @Test
    void anaIsTheOneAdvocateWithARecommendationAndAnAnswer() {
        assertThat(api.ok("/api/v1/advocates")).isEqualTo(json("""
                {"items": [{"person_id": %d, "display_name": "Ana", "recommendations": 1, "answers": 1, "last_at": "%s"}],
                 "next_cursor": null}""".formatted(api.lumen().authorOf(Lumen.RECOMMENDATION), ANSWERED_AT)));
    }

    @Test
    void eachRecentRecommendationOrAnswerSaysHowFarItTravelled() {
        JsonNode posts = api.ok("/api/v1/advocates/posts").path("items");

        assertThat(posts).hasSize(2);
        JsonNode answer = posts.get(0);
        assertThat(answer.path("activity").path("uri").asText()).isEqualTo(Lumen.ANSWER);
        assertThat(answer.path("advocacy").asText()).isEqualTo("answer");
        assertThat(answer.path("evidence").asText()).isEqualTo("Lumen");
        assertThat(answer.path("cascade").isNull()).as("nobody echoed the answer").isTrue();
        JsonNode recommendation = posts.get(1);
        assertThat(recommendation.path("activity").path("uri").asText()).isEqualTo(Lumen.RECOMMENDATION);
        assertThat(recommendation.path("person_id").asLong()).isEqualTo(api.lumen().authorOf(Lumen.RECOMMENDATION));
        assertThat(recommendation.path("author_name").asText()).isEqualTo("Ana");
        assertThat(recommendation.path("evidence").asText()).isEqualTo("You should try");
        assertThat(recommendation.path("cascade")).as("Carol's boost and Dave's reply").isEqualTo(json("""
                {"direct": {"reposts": 1, "quotes": 0, "replies": 1}, "all": {"reposts": 1, "quotes": 0, "replies": 1},
                 "people_reached": 2, "depth": 1, "latest_echo_at": "%s"}""".formatted(Lumen.T0.plusSeconds(86_400 + 240))));
        assertThat(api.ok("/api/v1/advocates/posts?limit=1").path("items")).hasSize(1);
    }

    @Test
    void aPersonsRelationshipCountsRepliesBothWaysTheirFeelingsAndTheirAdvocacy() {
        long bob = api.lumen().authorOf(Lumen.BOB_BROKEN);
        long ana = api.lumen().authorOf(Lumen.RECOMMENDATION);

        assertThat(api.ok("/api/v1/people/%d/relationship".formatted(bob))).as("the brand answered Bob in a minute; he thanked it")
                .isEqualTo(json("""
                {"person_id": %d, "their_replies": 1, "brand_replies": 1, "reciprocity": 1.0, "median_response_seconds": 60,
                 "active_months": 1, "tenure_months": 1, "retention": 1.0,
                 "sentiment": {"scored_posts": 2, "negative": 1, "neutral": 1, "positive": 0,
                               "negative_share": 0.5, "neutral_share": 0.5, "positive_share": 0.0},
                 "advocacy": {"recommendations": 0, "answers": 0, "last_at": null}}""".formatted(bob)));
        assertThat(api.ok("/api/v1/people/%d/relationship".formatted(ana))).as("Ana replied to the brand, which never replied to her")
                .isEqualTo(json("""
                {"person_id": %d, "their_replies": 1, "brand_replies": 0, "reciprocity": 0.0, "median_response_seconds": null,
                 "active_months": 1, "tenure_months": 1, "retention": 1.0,
                 "sentiment": {"scored_posts": 3, "negative": 0, "neutral": 1, "positive": 2,
                               "negative_share": 0.0, "neutral_share": 0.3333333333333333, "positive_share": 0.6666666666666666},
                 "advocacy": {"recommendations": 1, "answers": 1, "last_at": "%s"}}""".formatted(ana, ANSWERED_AT)));
    }

    @Test
    void anotherWorkspacesPersonIsNotFoundAndBadRequestsSayWhy() {
        long theirs = api.other().authorOf(Lumen.BOB_BROKEN);

        ApiResponse missing = api.viewer().get("/api/v1/people/%d/relationship".formatted(theirs));

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.message()).isEqualTo("person %d was not found".formatted(theirs));
        assertThat(api.viewer().get("/api/v1/people/bob/relationship").status()).isEqualTo(404);
        assertThat(api.refusal("/api/v1/advocates?limit=201"))
                .isEqualTo("query parameter 'limit' must be an integer from 1 to 200, got '201'");
        assertThat(api.refusal("/api/v1/advocates/posts?cursor=abc")).startsWith("unknown query parameter 'cursor'");
        assertThat(api.viewer().anonymous().get("/api/v1/advocates").status()).isEqualTo(401);
        assertThat(api.viewer().anonymous().get("/api/v1/advocates/posts").status()).isEqualTo(401);
        assertThat(api.viewer().anonymous().get("/api/v1/people/%d/relationship".formatted(theirs)).status()).isEqualTo(401);
    }
}
