package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The read-only pages: Overview, People, profiles, Conversations, Communities, errors. */
class PagesTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;
    static Browser viewer;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "pages", false);
        server = TestServers.start(db.store());
        viewer = community.browser(server, Role.VIEWER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void overviewShowsTheTotalsAndAYearOfActivityByPlatform() throws Exception {
        HttpResponse<String> page = viewer.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"total-people\">3<")
                .contains("id=\"total-identities\">4<")
                .contains("id=\"total-activities\">" + Community.ACTIVITIES + "<")
                .contains("/assets/vendor/chart.js/")
                .doesNotContain("demo-banner");
        JsonNode chart = Json.mapper().readTree(Html.attribute(page.body(), "activity-chart", "data-chart"));
        assertThat(chart.path("labels").size()).isBetween(52, 54);
        List<String> platforms = new ArrayList<>();
        long total = 0;
        for (JsonNode series : chart.path("series")) {
            platforms.add(series.path("platform").asText());
            for (JsonNode n : series.path("data")) {
                total += n.asLong();
            }
        }
        assertThat(platforms).containsExactlyInAnyOrder("fediverse", "bluesky");
        assertThat(total).isEqualTo(Community.ACTIVITIES);
    }

    @Test
    void everyPointOfTheActivityChartOpensTheActivitiesItCounts() throws Exception {
        JsonNode chart = Json.mapper().readTree(Html.attribute(viewer.get("/").body(), "activity-chart", "data-chart"));
        long listed = 0;
        int points = 0;
        for (JsonNode series : chart.path("series")) {
            assertThat(series.path("drill").path("platform").asText()).isEqualTo(series.path("platform").asText());
            for (int point = 0; point < series.path("data").size(); point++) {
                long counted = series.path("data").get(point).asLong();
                if (counted == 0) {
                    continue;
                }
                String query = "?platform=" + series.path("platform").asText() + "&from=" + chart.path("starts").get(point).asText()
                        + "&until=" + chart.path("ends").get(point).asText();
                List<String> rows = viewer.get(chart.path("path").asText() + ".csv" + query).body().lines().toList();
                assertThat(rows.size() - 1).as("the rows behind %s %s", series.path("label").asText(), query).isEqualTo((int) counted);
                assertThat(rows.stream().skip(1)).allSatisfy(row -> assertThat(row.split(",")[2]).isEqualTo(series.path("platform").asText()));
                listed += counted;
                points++;
            }
        }
        assertThat(listed).as("every activity is behind one point").isEqualTo(Community.ACTIVITIES);
        assertThat(points).isGreaterThan(1);
    }

    @Test
    void theActivityPageListsAWeekOnAPlatformAndSaysWhatIsWrong() throws Exception {
        JsonNode chart = Json.mapper().readTree(Html.attribute(viewer.get("/").body(), "activity-chart", "data-chart"));
        JsonNode series = chart.path("series").get(0);
        int point = 0;
        while (series.path("data").get(point).asLong() == 0) {
            point++;
        }
        String from = chart.path("starts").get(point).asText();
        HttpResponse<String> page = viewer.get("/activity?platform=" + series.path("platform").asText() + "&from=" + from + "&until="
                + chart.path("ends").get(point).asText());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Everything on " + series.path("label").asText() + ", ")
                .contains("class=\"badge platform-" + series.path("platform").asText() + "\"");
        assertThat(page.body().split("<li class=\"activity ").length - 1).isEqualTo(series.path("data").get(point).asInt());
        assertThat(viewer.get("/activity?from=2025-02-01&until=2025-01-01").body()).contains("'until' comes before 'from'");
        assertThat(viewer.get("/activity?platform=myspace&from=2025-01-01&until=2025-01-07").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/activity?platform=bluesky").body()).contains("'from' is required");
        assertThat(Browser.at(server).get("/activity?from=" + from + "&until=" + from).statusCode()).as("only the team").isIn(302, 303);
    }

    @Test
    void overviewShowsTheWeeksOfPostsBySentiment() throws Exception {
        java.util.concurrent.atomic.AtomicInteger scored = new java.util.concurrent.atomic.AtomicInteger();
        db.store().scoring().scoreQueued(1_000, post -> {
            scored.incrementAndGet();
            return new dev.plaza.core.scoring.PostScore(new dev.plaza.core.sentiment.SentimentScore(post.text().length() % 2 == 0
                    ? dev.plaza.core.sentiment.Sentiment.POSITIVE : dev.plaza.core.sentiment.Sentiment.NEGATIVE, 1),
                    dev.plaza.core.advocacy.AdvocacyReading.NONE);
        });

        HttpResponse<String> page = viewer.get("/");

        JsonNode chart = Json.mapper().readTree(Html.attribute(page.body(), "sentiment-chart", "data-chart"));
        List<String> classes = new ArrayList<>();
        long total = 0;
        for (JsonNode series : chart.path("series")) {
            classes.add(series.path("key").asText());
            for (JsonNode n : series.path("data")) {
                total += n.asLong();
            }
        }
        long posts = db.store().activities().list(community.workspace().id(), dev.plaza.core.activity.ActivityFilter.ALL,
                dev.plaza.core.paging.PageRequest.first(100)).items().stream()
                .filter(a -> java.util.Set.of("post", "reply", "mention").contains(a.kind().key()) && !a.text().isEmpty()).count();
        assertThat(classes).containsExactly("negative", "neutral", "positive");
        assertThat(scored.get()).isGreaterThanOrEqualTo((int) posts);
        assertThat(total).isPositive().isEqualTo(posts);
        assertThat(page.body()).contains("id=\"sentiment-neutral\">0%<");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        HttpResponse<String> page = viewer.get("/people");

        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void aDemoWorkspaceSaysSoOnEveryPage() {
        Community demo = Community.plant(db.store(), "demo-pages", true);
        Browser browser = demo.browser(server, Role.VIEWER);

        for (String path : List.of("/", "/people", "/conversations", "/communities", "/settings")) {
            assertThat(browser.get(path).body()).as(path).contains("Demo data").contains("generated, not real people");
        }
    }

    @Test
    void peopleSearchFindsByNameAndPlatform() {
        assertThat(viewer.get("/people?q=ada").body()).contains("Ada").doesNotContain(">Grace<");
        assertThat(viewer.get("/people?platform=bluesky").body()).contains(">Ada<").doesNotContain(">Linus<");
    }

    @Test
    void liveSearchAnswersHtmxWithTheResultsFragmentOnly() {
        HttpResponse<String> fragment = viewer.htmx("/people?q=gra", "people-results");

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).contains(">Grace<").doesNotContain(">Ada<").doesNotContain("<html");
    }

    @Test
    void theMoreButtonLoadsTheNextPageOfPeople() {
        Community crowd = Community.plant(db.store(), "crowd", false);
        Crowd.add(db.store(), crowd.workspace(), 30);
        Browser browser = crowd.browser(server, Role.VIEWER);

        String first = browser.get("/people").body();
        assertThat(count(first, "class=\"card person\"")).isEqualTo(25);
        String more = moreHref(first);

        HttpResponse<String> next = browser.htmx(more, "people-more");
        assertThat(count(next.body(), "class=\"card person\"")).isEqualTo(33 - 25);
        assertThat(next.body()).doesNotContain("people-more").doesNotContain("<html");
    }

    @Test
    void aProfileShowsEveryIdentityWithItsEvidenceAndTheTimeline() {
        long ada = community.person(db.store(), "Ada");

        HttpResponse<String> page = viewer.get("/people/" + ada);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("@ada@pages.social.test", "ada.pages.bsky.test")
                .contains("profile links both accounts").contains("90%")
                .contains("platform-fediverse", "platform-bluesky")
                .contains("Ada on Bluesky", "Thanks Grace")
                .contains("Hello from Ada &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>")
                .doesNotContain("Undo merge");
    }

    @Test
    void aConversationShowsItsActivitiesInOrder() {
        HttpResponse<String> list = viewer.get("/conversations");
        assertThat(list.body()).contains("status-open");
        long id = community.conversationOf(db.store(), Community.ADA_POST);
        assertThat(list.body()).contains("href=\"/conversations/" + id + "\"");

        String thread = viewer.get("/conversations/" + id).body();

        assertThat(thread).contains("class=\"thread\"").doesNotContain("Set status");
        assertThat(thread.indexOf("Hello from Ada")).isPositive()
                .isLessThan(thread.indexOf("Welcome, Ada!"));
        assertThat(thread.indexOf("Welcome, Ada!")).isLessThan(thread.indexOf("Thanks Grace"));
    }

    @Test
    void communitiesListTheirCountsAndTheBlockedServers() {
        db.store().ingest().ingest(community.workspace().id(), new dev.plaza.core.ingest.IngestBatch(List.of(), List.of(),
                java.util.Optional.empty(), List.of(), List.of("spam.example"), List.of()),
                dev.plaza.core.ingest.Progress.NONE);

        String page = viewer.get("/communities").body();

        assertThat(page).contains("pages.social.test").contains("Instance").contains("<td class=\"num\">");
        assertThat(page).contains("Blocked servers").contains("<code>spam.example</code>");
    }

    @Test
    void unknownThingsGetAFriendlyPageAndTheApiGetsJson() {
        HttpResponse<String> missingPerson = viewer.get("/people/999999");
        assertThat(missingPerson.statusCode()).isEqualTo(404);
        assertThat(missingPerson.body()).contains("person 999999 was not found").contains("<html");

        HttpResponse<String> nowhere = viewer.get("/no/such/page");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("There is no page at /no/such/page.")
                .as("the logged-in menu").contains("action=\"/logout\"");

        HttpResponse<String> api = viewer.get("/api/v1/no-such-thing");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).startsWith("{\"error\":").contains("\"status\":404")
                .contains("there is no endpoint GET /api/v1/no-such-thing");

        HttpResponse<String> wrongMethod = viewer.send(viewer.request("/api/v1/people").DELETE());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).isEqualTo("{\"error\":{\"status\":405,\"message\":\"DELETE is not allowed on /api/v1/people\"}}");

        HttpResponse<String> badId = viewer.get("/people/not-a-number");
        assertThat(badId.statusCode()).isEqualTo(400);
    }

    private static String moreHref(String html) {
        int at = html.indexOf("id=\"people-more\"");
        int href = html.indexOf("href=\"", at) + 6;
        return Html.unescape(html.substring(href, html.indexOf('"', href)));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
