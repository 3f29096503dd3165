package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.Batches;
import dev.plaza.store.testing.TestStore;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Advocates page lists who recommends the brand and what they said, to the team only. */
class AdvocatesPageTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "advocates", false);
        // Linus boosts Ada's first post, which Grace answered and Ada answered back
        SeenIdentity linus = Batches.account("linus", "advocates.social.test");
        db.store().ingest().ingest(community.workspace().id(), new IngestBatch(List.of(linus), List.of(Batches.repost(
                linus.stableId() + "/statuses/10/activity", linus, Community.T0.plusSeconds(86_400L * 2),
                "https://advocates.social.test" + Community.ADA_POST)), Optional.empty()), Progress.NONE);
        // every post the planted community wrote counts as a recommendation: the page, not the detector, is tested here
        PostScorer everyPostRecommends = post -> new PostScore(new SentimentScore(Sentiment.POSITIVE, 0.9),
                new AdvocacyReading(Advocacy.RECOMMENDATION, Optional.of("you should try")));
        while (db.store().scoring().scoreQueued(100, everyPostRecommends) > 0) {
            // until the queue is empty
        }
        db.store().wordOfMouth().keep(community.workspace().id(), 12, java.time.Instant.now()); // as the background job does
        server = TestServers.start(db.store());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void showsTheAdvocatesAndWhatTheySaid() {
        HttpResponse<String> page = community.browser(server, Role.VIEWER).get("/advocates");

        assertThat(page.statusCode()).isEqualTo(200);
        var advocates = db.store().advocates().top(community.workspace().id(), 10);
        assertThat(advocates).isNotEmpty();
        assertThat(page.body()).contains("<h1>Advocates</h1>").contains("href=\"/advocates\"")
                .contains("href=\"/people/" + advocates.getFirst().personId() + "\">" + advocates.getFirst().displayName() + "<")
                .contains("“you should try”").contains("Recommendation");
    }

    @Test
    void eachRecommendationSaysHowFarItTravelledAndTheTopSumsUpTheWordOfMouth() {
        HttpResponse<String> page = community.browser(server, Role.VIEWER).get("/advocates");

        assertThat(page.body()).as("Ada's post: Linus's boost, Grace's reply and Ada's answer to it; Ada herself reaches no one new")
                .contains(">↻ 1 repost · 2 replies · reached 2 people · 2 deep<")
                .contains("title=\"Directly: 1 repost, 1 reply; the latest echo 17 Jan 2025, 09:00 UTC\"");
        assertThat(page.body().split("class=\"meta echoes\"", -1)).as("Ada's post, Grace's reply to it and Linus's post: the ones echoed")
                .hasSize(4);
        assertThat(page.body()).contains("<h2 id=\"word-of-mouth-heading\">Word of mouth</h2>")
                .contains("id=\"wom-recommendations\">" + Community.ACTIVITIES + "<")
                .as("the three replies and the boost; Grace, Ada and Linus").contains("id=\"wom-echoes\">4<").contains("id=\"wom-reached\">3<");
    }

    @Test
    void aPersonsPageSaysHowTheySpeakAndHowEachPostWasRead() {
        var advocate = db.store().advocates().top(community.workspace().id(), 1).getFirst();

        HttpResponse<String> page = community.browser(server, Role.VIEWER).get("/people/" + advocate.personId());

        assertThat(page.body()).contains("id=\"person-positive\">100%<").contains("id=\"person-negative\">0%<")
                .contains("id=\"person-recommendations\">" + advocate.recommendations() + "<")
                .contains("Read as positive · recommendation")
                .contains("<h2 id=\"relationship-heading\">Relationship with the brand</h2>")
                .contains("<dd id=\"brand-replies\">0</dd>").contains("<dd id=\"median-response\">—</dd>");
    }

    @Test
    void everyAdvocateDownloadsAsCsv() {
        HttpResponse<String> csv = community.browser(server, Role.VIEWER).get("/advocates.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"advocates.csv\"");
        var advocates = db.store().advocates().top(community.workspace().id(), 100);
        assertThat(csv.body().split("\r\n")).hasSize(advocates.size() + 1)
                .startsWith("person_id,person,recommendations,answers,last_at");
        assertThat(csv.body()).contains(advocates.getFirst().personId() + "," + advocates.getFirst().displayName() + ",");
        assertThat(Browser.at(server).get("/advocates.csv").statusCode()).as("for the team only").isEqualTo(302);
    }

    @Test
    void isForTheTeamOnly() {
        HttpResponse<String> page = Browser.at(server).get("/advocates");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }
}
