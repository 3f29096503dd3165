package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Overview's "Needs attention" panel: the critical threads the brand has left unanswered, linked. */
class AlertsPanelTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start(db.store());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Community scored(String slug, Sentiment everyPost) {
        Community community = Community.plant(db.store(), slug, false);
        while (db.store().scoring().scoreQueued(100, post -> new PostScore(new SentimentScore(everyPost, 0.9),
                AdvocacyReading.NONE)) > 0) {
            // until the queue is empty
        }
        return community;
    }

    @Test
    void criticalThreadsTheBrandHasNotAnsweredAreLinked() {
        Community community = scored("alerting", Sentiment.NEGATIVE);

        HttpResponse<String> page = community.browser(server, Role.VIEWER).get("/");

        assertThat(page.body()).contains("Needs attention <span class=\"count\">2</span>")
                .contains("href=\"/conversations/" + community.conversationOf(db.store(), Community.ADA_POST) + "\">Unanswered negative post: ")
                .contains("Unanswered negative post: Hello from Ada &lt;script&gt;")
                .doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void theInboxCanPutTheConversationsWaitingForTheBrandFirst() {
        Community community = scored("sorting", Sentiment.NEGATIVE);
        Browser viewer = community.browser(server, Role.VIEWER);

        String byAttention = viewer.get("/conversations?sort=attention").body();
        String byLatest = viewer.get("/conversations").body();

        assertThat(byAttention).contains("<option value=\"attention\" selected>Waiting for the brand first</option>");
        // every post is negative and the brand answered none: the longest waiting (Ada's, from January) comes first
        assertThat(byAttention.indexOf("Hello from Ada")).isPositive().isLessThan(byAttention.indexOf("Kernel news"));
        assertThat(byLatest.indexOf("Kernel news")).isPositive().isLessThan(byLatest.indexOf("Hello from Ada"));
    }

    @Test
    void aCalmCommunityHasNoPanel() {
        Community community = scored("calm", Sentiment.NEUTRAL);

        assertThat(community.browser(server, Role.VIEWER).get("/").body()).doesNotContain("Needs attention");
    }
}
