package dev.plaza.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The leaders of the whole community and of one instance, and the alerts that stand. Leaving the brand
 * out, Dave replied to Ana, Carol boosted her and Ana answered Carol: Ana leads, then Carol; Dave, whom
 * nobody turned to, is no leader.
 */
class LeadersAndAlertsApiTest {

    @RegisterExtension
    @Order(1)
    static final TestStore db = new TestStore();

    @RegisterExtension
    @Order(2)
    static final LumenApi api = new LumenApi(db);

    @Test
    void theWholeCommunitysLeadersComeWithTheirEvidence() {
        JsonNode ranking = api.ok("/api/v1/leaders");

        assertThat(ranking.path("community_id").isNull()).isTrue();
        assertThat(ranking.path("ranked_at").asText()).isEqualTo(Lumen.RANKED_AT.toString());
        JsonNode leaders = ranking.path("items");
        assertThat(leaders).hasSize(2);
        assertLeader(leaders.get(0), 1, Lumen.RECOMMENDATION, "Ana", 1, 1);
        assertLeader(leaders.get(1), 2, Lumen.QUESTION, "Carol", 1, 0);
        assertThat(leaders.get(0).path("score").asDouble()).isGreaterThan(leaders.get(1).path("score").asDouble()).isPositive();
    }

    private static void assertLeader(JsonNode leader, int rank, String wrote, String name, int repliers, int boosters) {
        assertThat(leader.path("rank").asInt()).isEqualTo(rank);
        assertThat(leader.path("person_id").asLong()).isEqualTo(api.lumen().authorOf(wrote));
        assertThat(leader.path("display_name").asText()).isEqualTo(name);
        assertThat(leader.path("repliers").asInt()).isEqualTo(repliers);
        assertThat(leader.path("mentioners").asInt()).isZero();
        assertThat(leader.path("boosters").asInt()).isEqualTo(boosters);
    }

    @Test
    void aCommunityHasItsOwnRankingAndAnotherWorkspacesIsNotFound() {
        long daves = api.lumen().communityOf(Lumen.DAVE_REPLY);
        long theirs = api.other().communityOf(Lumen.DAVE_REPLY);

        JsonNode ranking = api.ok("/api/v1/leaders?community=" + daves);

        assertThat(ranking.path("community_id").asLong()).isEqualTo(daves);
        assertThat(ranking.path("items")).as("on Dave's instance only his reply to Ana counts").hasSize(1);
        assertLeader(ranking.path("items").get(0), 1, Lumen.RECOMMENDATION, "Ana", 1, 0);
        ApiResponse missing = api.viewer().get("/api/v1/leaders?community=" + theirs);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.message()).isEqualTo("community %d was not found".formatted(theirs));
        assertThat(api.refusal("/api/v1/leaders?community=abc"))
                .isEqualTo("query parameter 'community' must be an id (an integer), got 'abc'");
        assertThat(api.viewer().anonymous().get("/api/v1/leaders").status()).isEqualTo(401);
    }

    @Test
    void aWorkspaceNeverRankedHasNoLeadersYet() {
        long fresh = db.newWorkspace().id();
        ApiClient freshViewer = api.server().client(db.store().apiTokens().create(fresh, "reporting", Role.VIEWER).secret());

        JsonNode ranking = freshViewer.get("/api/v1/leaders").json();

        assertThat(ranking.path("ranked_at").isNull()).isTrue();
        assertThat(ranking.path("items")).isEmpty();
    }

    @Test
    void davesUnansweredNegativeReplyMakesTheOneCriticalThread() {
        long conversation = api.lumen().conversationOf(Lumen.DAVE_REPLY);

        JsonNode alerts = api.ok("/api/v1/alerts").path("items");

        assertThat(alerts).as("the brand answered Bob, not Dave; Dave's post outside a thread is no thread").hasSize(1);
        assertThat(alerts.get(0).path("kind").asText()).isEqualTo("critical-thread");
        assertThat(alerts.get(0).path("key").asText())
                .isEqualTo("critical-thread:%d:%d".formatted(conversation, api.lumen().activity(Lumen.DAVE_REPLY)));
        assertThat(alerts.get(0).path("since").asText()).isEqualTo(Lumen.T0.plusSeconds(86_400 + 240).toString());
        assertThat(alerts.get(0).path("summary").asText()).isEqualTo("Unanswered negative post: Nice tip, but mine came broken");
        assertThat(alerts.get(0).path("conversation_id").asLong()).isEqualTo(conversation);
        assertThat(api.refusal("/api/v1/alerts?limit=0")).startsWith("query parameter 'limit' must be an integer from 1 to 200");
        assertThat(api.viewer().anonymous().get("/api/v1/alerts").status()).isEqualTo(401);
    }
}
