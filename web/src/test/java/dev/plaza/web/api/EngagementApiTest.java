package dev.plaza.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.store.testing.TestStore;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lumen's March 2026 as engagement: Ana (a post and two replies: 7 points), Bob (a post and a reply: 5),
 * Carol (a post and a repost: 4) and Dave (5) are all participants and all new; the brand is none of them.
 */
class EngagementApiTest {

    @RegisterExtension
    @Order(1)
    static final TestStore db = new TestStore();

    @RegisterExtension
    @Order(2)
    static final LumenApi api = new LumenApi(db);

    @Test
    void theMonthOfEveryoneArriving() {
        JsonNode months = api.ok("/api/v1/engagement?from=2026-01-15&to=2026-03-31");

        assertThat(months.path("from").asText()).isEqualTo("2026-01-01");
        assertThat(months.path("to").asText()).isEqualTo("2026-03-01");
        assertThat(months.path("months")).singleElement().satisfies(march -> {
            assertThat(march.path("month").asText()).isEqualTo("2026-03-01");
            assertThat(march.path("levels")).isEqualTo(LumenApi.json("""
                    {"ambassador": 0, "contributor": 0, "participant": 4, "observer": 0}"""));
            assertThat(march.path("moved_up").asLong()).isEqualTo(4);
            assertThat(march.path("active").asLong()).isEqualTo(4);
            assertThat(march.path("newcomers").asLong()).isEqualTo(4);
            assertThat(march.path("answered_by_brand").asLong()).as("the brand answered Bob").isEqualTo(1);
            assertThat(march.path("from_brand").asLong()).isEqualTo(1);
        });
        assertThat(api.ok("/api/v1/engagement").path("months")).as("the year up to the latest month").hasSize(1);
    }

    @Test
    void thePeopleTheMostGravityFirstAndTheCohort() {
        JsonNode people = api.ok("/api/v1/engagement/people?month=2026-03-10&level=3").path("items");

        assertThat(people).hasSize(4);
        JsonNode ana = people.get(0);
        assertThat(ana.path("display_name").asText()).as("Carol reposted her, Dave replied to her").isEqualTo("Ana");
        assertThat(ana.path("love").asDouble()).isEqualTo(7.0);
        assertThat(ana.path("reach").asLong()).isEqualTo(2);
        assertThat(ana.path("gravity").asDouble()).isEqualTo(14.0);
        assertThat(ana.path("level_name").asText()).isEqualTo("participant");
        assertThat(api.ok("/api/v1/engagement/people?month=2026-03-01&level=1").path("items")).isEmpty();
        assertThat(api.ok("/api/v1/engagement/cohorts?from=2026-03-01&to=2026-03-01").path("items")).isEqualTo(LumenApi.json("""
                [{"month": "2026-03-01", "size": 4, "active": [4], "retention": [1.0]}]"""));
    }

    @Test
    void badInputSaysWhy() {
        assertThat(api.refusal("/api/v1/engagement/people?month=2026-03-01&level=5")).contains("engagement levels are 1 to 4, not 5");
        assertThat(api.refusal("/api/v1/engagement/people?month=2026-03-01&moved=sideways")).contains("not 'sideways'");
        assertThat(api.refusal("/api/v1/engagement?from=2026-03-01&to=2026-01-01")).contains("'to' comes before 'from'");
        assertThat(api.refusal("/api/v1/engagement?from=2020-01-01&to=2026-01-01")).contains("more than 36 months");
        assertThat(api.viewer().anonymous().get("/api/v1/engagement").status()).isEqualTo(401);
    }
}
