package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Dashboards of the whole community, a community and a channel, and the posts behind any point of their charts. */
class DashboardPagesTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;
    static Community other;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "dashboards", false);
        other = Community.plant(db.store(), "elsewhere", false);
        // "Kernel news" is the community's one negative post; Ada's are positive
        PostScorer byWords = post -> new PostScore(new SentimentScore(post.text().contains("Kernel") ? Sentiment.NEGATIVE
                : post.text().contains("Ada") ? Sentiment.POSITIVE : Sentiment.NEUTRAL, 0.75), AdvocacyReading.NONE);
        while (db.store().scoring().scoreQueued(100, byWords) > 0) {
            // until the queue is empty
        }
        server = TestServers.start(db.store());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode chart(String html, String id) throws Exception {
        return ChartPoints.chart(html, id);
    }

    private static String pointLink(String html, String chartId, String key) throws Exception {
        return ChartPoints.firstLink(html, chartId, key);
    }

    @Test
    void theOverviewChartsEveryMeasureAndAPointLeadsToThePostsBehindIt() throws Exception {
        Browser viewer = community.browser(server, Role.VIEWER);
        String overview = viewer.get("/").body();

        List<String> keys = new ArrayList<>();
        for (String id : List.of("sentiment-chart", "advocacy-chart", "relationship-chart", "voice-chart")) {
            chart(overview, id).path("series").forEach(s -> keys.add(s.path("key").asText()));
        }
        assertThat(keys).containsExactly("negative", "neutral", "positive", "recommendations", "answers", "replies-to-brand",
                "brand-replies", "share-of-voice");
        String link = pointLink(overview, "sentiment-chart", "negative");
        assertThat(link).contains("scope=all").contains("sentiment=negative").contains("from=2025-02-10").contains("until=2025-02-16");

        HttpResponse<String> posts = viewer.get(link);

        assertThat(posts.statusCode()).isEqualTo(200);
        assertThat(posts.body()).contains("Kernel news").doesNotContain("Release day").doesNotContain("Compilers are fun")
                .contains("Negative posts, replies and mentions in the whole community, 10 Feb 2025 to 16 Feb 2025");
        HttpResponse<String> positive = viewer.get(pointLink(overview, "sentiment-chart", "positive"));
        assertThat(positive.body()).contains("Hello from Ada").doesNotContain("Kernel news")
                .doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void thePostsBehindAPointDownloadAsCsv() throws Exception {
        Browser viewer = community.browser(server, Role.VIEWER);
        String link = pointLink(viewer.get("/").body(), "sentiment-chart", "negative").replace("/activities?", "/activities.csv?");

        HttpResponse<String> csv = viewer.get(link);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("activity_id,at,platform,kind,person_id,author,handle,sentiment,confidence,advocacy,text,url");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",fediverse,post,").contains(",Linus,").contains(",negative,0.75,,Kernel news,");
    }

    @Test
    void theDailyMeasuresDownloadAsCsv() {
        Browser viewer = community.browser(server, Role.VIEWER);

        List<String> lines = viewer.get("/measures.csv?scope=all&from=2025-02-14&until=2025-02-14").body().lines().toList();

        assertThat(lines).containsExactly("day,negative,neutral,positive,recommendations,answers,replies_to_brand,mentions,brand_replies,"
                + "goal_posts,goal_posts_of_brand", "2025-02-14,1,0,0,0,0,0,0,0,0,0");
        assertThat(viewer.get("/").body()).contains("href=\"/measures.csv?scope=all&amp;from=");
    }

    @Test
    void aCommunityAndAChannelHaveTheirOwnDashboards() throws Exception {
        Browser viewer = community.browser(server, Role.VIEWER);
        long instance = db.store().activities().findByUri(community.workspace().id(),
                "https://dashboards.social.test/users/linus/statuses/4").orElseThrow().communityId().orElseThrow();

        HttpResponse<String> page = viewer.get("/communities/" + instance);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>dashboards.social.test</h1>").contains("href=\"/conversations?community=" + instance + "\"");
        assertThat(Html.attribute(page.body(), "sentiment-chart", "data-scope")).isEqualTo("community:" + instance);
        assertThat(chart(page.body(), "sentiment-chart").path("series").get(0).path("key").asText()).isEqualTo("negative");
        assertThat(viewer.get("/communities").body()).contains("href=\"/communities/" + instance + "\"");

        long channel = db.store().channels().add(community.workspace().id(), dev.plaza.core.community.Platform.FEDIVERSE,
                "#kernel", dev.plaza.core.community.ChannelKind.LISTENING, java.util.Optional.empty()).id();
        HttpResponse<String> channelPage = viewer.get("/channels/" + channel);
        assertThat(channelPage.statusCode()).isEqualTo(200);
        assertThat(channelPage.body()).contains("<h1>#kernel (Fediverse)</h1>").contains("No posts scored here yet");
    }

    @Test
    void aPersonsChartOpensTheirOwnPosts() throws Exception {
        Browser viewer = community.browser(server, Role.VIEWER);
        long ada = community.person(db.store(), "Ada");
        String link = pointLink(viewer.get("/people/" + ada).body(), "person-posts-chart", "positive");
        assertThat(link).contains("from=2025-01-01").contains("until=2025-01-31").contains("person=" + ada);

        HttpResponse<String> posts = viewer.get(link);

        // Grace's "Welcome, Ada!" is positive in January too, but it is not Ada's
        assertThat(posts.body()).contains("Hello from Ada").doesNotContain("Welcome, Ada!")
                .contains("Positive posts, replies and mentions in the whole community by Ada, 1 Jan 2025 to 31 Jan 2025");
        assertThat(viewer.get("/activities?from=2025-01-01&until=2025-01-31&person=" + other.person(db.store(), "Ada")).statusCode())
                .as("another workspace's person").isEqualTo(404);
    }

    @Test
    void anotherWorkspacesCommunityIsNotFoundAndABadFilterSaysWhy() {
        Browser viewer = community.browser(server, Role.VIEWER);
        long theirs = db.store().activities().findByUri(other.workspace().id(),
                "https://elsewhere.social.test/users/linus/statuses/4").orElseThrow().communityId().orElseThrow();

        assertThat(viewer.get("/communities/" + theirs).statusCode()).isEqualTo(404);
        assertThat(viewer.get("/activities?scope=community:" + theirs + "&from=2025-01-01&until=2025-12-31").statusCode())
                .isEqualTo(404);
        HttpResponse<String> bad = viewer.get("/activities?from=2025-02-10&until=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("'until' is a day as YYYY-MM-DD, not 'yesterday'");
        assertThat(Browser.at(server).get("/activities?from=2025-02-10&until=2025-02-16").statusCode())
                .as("only the team").isIn(302, 303);
    }
}
