package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.engagement.EngagementLevel;
import dev.plaza.core.engagement.PersonEngagement;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Engagement page: levels and movement as charts whose points open the people behind them, retention, gravity, CSV. */
class EngagementPageTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "engaged", false);
        db.store().engagement().recompute(community.workspace().id(), true);
        server = TestServers.start(db.store());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void levelsMovementRetentionAndGravity() throws Exception {
        HttpResponse<String> page = community.browser(server, Role.VIEWER).get("/engagement");

        assertThat(page.statusCode()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        ChartPoints.chart(page.body(), "levels-chart").path("series").forEach(s -> keys.add(s.path("key").asText()));
        assertThat(keys).containsExactly("level-1", "level-2", "level-3", "level-4");
        JsonNode movement = ChartPoints.chart(page.body(), "movement-chart");
        assertThat(movement.path("labels").get(movement.path("labels").size() - 1).asText()).isEqualTo("Apr 2025");
        // the community's months run from January to April 2025; everyone first came in January or February
        assertThat(page.body()).contains("<h2 id=\"cohorts-heading\">Retention</h2>").contains(">Jan 2025</th>")
                .contains("href=\"/people/" + community.person(db.store(), "Ada") + "\">Ada</a>");
    }

    @Test
    void aBarOpensThePeopleBehindIt() throws Exception {
        Browser viewer = community.browser(server, Role.VIEWER);
        String link = ChartPoints.firstLink(viewer.get("/engagement").body(), "levels-chart", "level-3");
        assertThat(link).startsWith("/engagement/people?from=2025-01-01&until=2025-01-31").contains("level=3");

        HttpResponse<String> people = viewer.get(link);

        List<String> participants = db.store().engagement().gravity(community.workspace().id(), LocalDate.of(2025, 1, 1),
                Optional.of(EngagementLevel.PARTICIPANT), Optional.empty(), 10).stream().map(PersonEngagement::displayName).toList();
        assertThat(participants).as("Ada wrote a post and a reply (5 points), Grace a reply (2)").containsExactly("Ada", "Grace");
        assertThat(people.statusCode()).isEqualTo(200);
        assertThat(people.body()).contains("Participants in January 2025").contains(">Ada</a>").contains(">Grace</a>")
                .doesNotContain(">Linus</a>");
        HttpResponse<String> csv = viewer.get(link.replace("/engagement/people?", "/engagement/people.csv?"));
        assertThat(csv.body().lines().toList()).first().isEqualTo("person_id,person,month,level,love,reach,gravity");
        assertThat(csv.body().lines().count()).isEqualTo(3);
    }

    @Test
    void theNewcomersPointOpensThoseFirstActiveThatMonth() throws Exception {
        Browser viewer = community.browser(server, Role.VIEWER);
        String body = viewer.get("/engagement").body();
        String link = ChartPoints.firstLink(body, "movement-chart", "newcomers");
        assertThat(link).startsWith("/engagement/people?from=2025-01-01&until=2025-01-31").contains("moved=new");

        HttpResponse<String> people = viewer.get(link);

        assertThat(people.statusCode()).isEqualTo(200);
        assertThat(people.body()).contains("Newcomers, first active in January 2025").contains(">Ada</a>").contains(">Grace</a>");
        JsonNode chart = ChartPoints.chart(body, "movement-chart");
        int january = chart.path("starts").size() - 4;
        assertThat(chart.path("starts").get(january).asText()).isEqualTo("2025-01-01");
        long plotted = chart.path("series").get(2).path("data").get(january).asLong();
        assertThat(viewer.get(link.replace("/engagement/people?", "/engagement/people.csv?")).body().lines().count() - 1)
                .as("one row for each newcomer the chart counts").isEqualTo(plotted).isEqualTo(2);
    }

    @Test
    void aPersonsPageSaysTheirLevelMonthByMonth() {
        HttpResponse<String> page = community.browser(server, Role.VIEWER).get("/people/" + community.person(db.store(), "Linus"));

        // Linus posted in February and April 2025 (3 points each): a participant in April
        assertThat(page.body()).contains("id=\"engagement-level\">Participant in April 2025:").contains(">Feb 3</span>")
                .contains(">Apr 3</span>");
    }

    @Test
    void theCohortsDownloadAndBadInputSaysWhy() {
        Browser viewer = community.browser(server, Role.VIEWER);

        List<String> months = viewer.get("/engagement/months.csv").body().lines().toList();
        assertThat(months.getFirst()).startsWith("month,ambassadors,contributors,participants,observers,moved_up");
        assertThat(months).hasSize(5).anySatisfy(line -> assertThat(line).startsWith("2025-01-01,0,0,2,0,2,0,2,2,"));
        List<String> cohorts = viewer.get("/engagement/cohorts.csv").body().lines().toList();
        assertThat(cohorts.getFirst()).startsWith("cohort,people,month_1,month_2");
        assertThat(cohorts.get(1)).startsWith("2025-01-01,");
        HttpResponse<String> bad = viewer.get("/engagement/people?from=2025-01-01&level=9");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("engagement levels are 1 to 4, not 9");
        assertThat(Browser.at(server).get("/engagement").statusCode()).as("only the team").isIn(302, 303);
    }
}
