package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The search page and the search box every page carries. */
class SearchPageTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;
    static Browser viewer;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "search", false);
        server = TestServers.start(db.store());
        viewer = community.browser(server, Role.VIEWER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyPageCarriesTheSearchBox() {
        assertThat(viewer.get("/people").body()).contains("action=\"/search\"").contains("id=\"nav-search-q\"");
    }

    @Test
    void resultsMarkTheMatchesAndEscapeEverythingElse() {
        HttpResponse<String> page = viewer.get("/search?q=hello");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<mark>Hello</mark> from Ada &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)")
                .contains("href=\"/conversations/" + community.conversationOf(db.store(), Community.ADA_POST) + "\"")
                .contains("Fediverse");
    }

    @Test
    void peopleWhoseNamesMatchAreListedToo() {
        assertThat(viewer.get("/search?q=grace").body()).contains("id=\"search-people\"").contains(">Grace</a>");
    }

    @Test
    void filtersTravelAsQueryParameters() {
        assertThat(viewer.get("/search?q=ada&platform=bluesky").body())
                .contains("<mark>Ada</mark> on Bluesky").doesNotContain("Thanks Grace");
    }

    @Test
    void aSearchWithNothingToFindSaysWhy() {
        HttpResponse<String> page = viewer.get("/search?q=-spam");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("at least one word");
    }

    @Test
    void anAnonymousVisitorIsSentToLogIn() {
        HttpResponse<String> page = Browser.at(server).get("/search?q=hello");

        assertThat(page.statusCode()).isIn(302, 303);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/login");
    }
}
