package dev.plaza.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.store.testing.TestStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Search over the API: hits with marked snippets, filters, people, and clear refusals. */
class ApiSearchTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static ApiServer server;
    private static Seed seed;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        seed = Seed.plant(db.store(), db.newWorkspace());
        server = ApiServer.start(db.store());
        api = server.client(seed.viewer());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void foundActivitiesComeWithTheirAuthorAndAMarkedSnippet() {
        JsonNode hits = api.get("/api/v1/search/activities?q=hi%20alice").json().path("items");

        assertThat(hits).hasSize(1);
        JsonNode hit = hits.get(0);
        assertThat(hit.path("activity").path("text").asText()).isEqualTo("hi alice");
        assertThat(hit.path("author").path("display_name").asText()).isEqualTo("Bob");
        assertThat(hit.path("snippet_html").asText()).isEqualTo("<mark>hi</mark> <mark>alice</mark>");
        assertThat(hit.path("snippet").get(0).path("match").asBoolean()).isTrue();
        assertThat(hit.path("rank").asDouble()).isPositive();
    }

    @Test
    void filtersNarrowTheSearchAsTheyNarrowLists() {
        assertThat(api.get("/api/v1/search/activities?q=hello&limit=200").json().path("items")).hasSize(21);
        assertThat(api.get("/api/v1/search/activities?q=hello&platform=bluesky&limit=200").json().path("items"))
                .hasSize(9);
        assertThat(api.get("/api/v1/search/activities?q=hello&kind=reply").json().path("items")).isEmpty();
        assertThat(api.get("/api/v1/search/activities?q=hello&until=2000-01-01").json().path("items")).isEmpty();
    }

    @Test
    void peopleAreFoundByNameAndHandle() {
        JsonNode hits = api.get("/api/v1/search/people?q=carol").json().path("items");

        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).path("person").path("display_name").asText()).isEqualTo("Carol");
        assertThat(hits.get(0).path("identities")).isNotEmpty();
    }

    @Test
    void aSearchWithNothingToFindIsAClearBadRequest() {
        for (String q : List.of("-hello", "%26%7C!():*", "'%5C%22")) {
            ApiResponse response = api.get("/api/v1/search/activities?q=" + q);
            assertThat(response.status()).as(q).isEqualTo(400);
            assertThat(response.json().path("error").path("message").asText()).as(q).contains("at least one word");
        }
        assertThat(api.get("/api/v1/search/activities").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/search/activities?q=hello&from=yesterday").json().path("error").path("message")
                .asText()).contains("'from'").contains("YYYY-MM-DD");
    }

    @Test
    void withoutATokenSearchIsUnauthorized() {
        assertThat(server.anonymous().get("/api/v1/search/activities?q=hello").status()).isEqualTo(401);
        assertThat(server.anonymous().get("/api/v1/search/people?q=alice").status()).isEqualTo(401);
    }

    @Test
    void pagesOfHitsFollowEachOther() {
        List<String> seen = new ArrayList<>();
        String path = "/api/v1/search/activities?q=hello&limit=5";
        JsonNode page = api.get(path).json();
        page.path("items").forEach(h -> seen.add(h.path("activity").path("uri").asText()));
        while (!page.path("next_cursor").isNull()) {
            page = api.get(path + "&cursor=" + page.path("next_cursor").asText()).json();
            page.path("items").forEach(h -> seen.add(h.path("activity").path("uri").asText()));
        }
        assertThat(seen).hasSize(21).doesNotHaveDuplicates();
    }
}
