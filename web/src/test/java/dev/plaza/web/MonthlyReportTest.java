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

/** The monthly report: a month's measures beside the month before's, its engagement, on one printable page. */
class MonthlyReportTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "reported", false);
        while (db.store().scoring().scoreQueued(100, post -> new PostScore(new SentimentScore(post.text().contains("Kernel")
                ? Sentiment.NEGATIVE : Sentiment.POSITIVE, 0.9), AdvocacyReading.NONE)) > 0) {
            // until the queue is empty
        }
        db.store().engagement().recompute(community.workspace().id(), true);
        server = TestServers.start(db.store());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aMonthBesideTheMonthBefore() throws Exception {
        HttpResponse<String> report = community.browser(server, Role.VIEWER).get("/reports/monthly?month=2025-02");

        assertThat(report.statusCode()).isEqualTo(200);
        // February 2025: Linus's "Kernel news" and Grace's reply to it; January: Ada's post, Grace's reply and Ada's answer
        assertThat(report.body()).contains("<h1>Brand reported: February 2025</h1>")
                .contains("id=\"report-posts\">2</td><td class=\"num\">3</td><td class=\"num\">−1</td>")
                .contains("id=\"report-negative\">50%</td><td class=\"num\">0%</td><td class=\"num\">+50 pts</td>")
                .contains("id=\"report-newcomers\">1</span>")
                .contains("href=\"/reports/monthly?month=2025-01\"").contains("href=\"/reports/monthly?month=2025-03\"")
                .contains("data-print").contains("/assets/report.js");
        assertThat(ChartPoints.chart(report.body(), "sentiment-chart").path("labels")).hasSize(5);
    }

    @Test
    void theLatestMonthByDefaultAndABadMonthSaysWhy() {
        Browser viewer = community.browser(server, Role.VIEWER);

        assertThat(viewer.get("/reports/monthly").body()).contains(": April 2025</h1>");
        HttpResponse<String> bad = viewer.get("/reports/monthly?month=February");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("a month is YYYY-MM, not 'February'");
        assertThat(Browser.at(server).get("/reports/monthly").statusCode()).as("only the team").isIn(302, 303);
    }
}
