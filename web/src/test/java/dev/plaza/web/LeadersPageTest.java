package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.leaders.LeaderRanking;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Leaders page shows the stored ranking with its evidence, for the whole community or one place. */
class LeadersPageTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "leaders", false);
        long w = community.workspace().id();
        db.store().leaders().replaceAll(w, LeaderRanking.rank(db.store().leaders().interactions(w), 10), Instant.now());
        server = TestServers.start(db.store());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void showsTheLeadersWithTheirEvidence() {
        var leaders = db.store().leaders().of(community.workspace().id(), Optional.empty(), 10);

        HttpResponse<String> page = community.browser(server, Role.VIEWER).get("/leaders");

        assertThat(leaders).isNotEmpty();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Leaders</h1>").contains("href=\"/leaders\"")
                .contains("href=\"/people/" + leaders.getFirst().personId() + "\">" + leaders.getFirst().displayName() + "<")
                .contains(leaders.getFirst().repliers() == 1 ? "1 person" : leaders.getFirst().repliers() + " people");
    }

    @Test
    void theRankingAndTheCommunitiesDownloadAsCsv() {
        var leaders = db.store().leaders().of(community.workspace().id(), Optional.empty(), 10);
        var browser = community.browser(server, Role.VIEWER);

        var ranking = browser.get("/leaders.csv").body().lines().toList();
        var communities = browser.get("/communities.csv").body().lines().toList();

        assertThat(ranking.getFirst()).isEqualTo("rank,person_id,person,score,repliers,mentioners,boosters");
        assertThat(ranking).hasSize(leaders.size() + 1);
        assertThat(ranking.get(1)).startsWith("1," + leaders.getFirst().personId() + "," + leaders.getFirst().displayName() + ",");
        assertThat(communities.getFirst()).isEqualTo("community_id,name,platform,kind,url,activities,people,last_activity_at");
        assertThat(communities).hasSize(db.store().communities().list(community.workspace().id()).size() + 1)
                .anySatisfy(line -> assertThat(line).contains(",leaders.social.test,fediverse,instance,"));
    }

    @Test
    void aPlaceWithoutLeadersSaysSoAndABadChoiceIsRefused() {
        var browser = community.browser(server, Role.VIEWER);

        assertThat(browser.get("/leaders?community=999999").body()).contains("No leaders ranked here yet");
        assertThat(browser.get("/leaders?community=abc").statusCode()).isEqualTo(400);
    }
}
