package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every state-changing page request must carry the session's CSRF token, the login form too. */
class CsrfTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "csrf", false);
        server = TestServers.start(db.store());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aFormWithoutTheTokenIsRefused() {
        Browser manager = community.browser(server, Role.MANAGER);

        HttpResponse<String> refused = manager.postRaw("/settings/goal", Map.of("description", "forged"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("security token");
        assertThat(db.store().goals().of(community.workspace().id()).description()).isNotEqualTo("forged");
    }

    @Test
    void aFormWithAnotherSessionsTokenIsRefused() {
        Browser manager = community.browser(server, Role.MANAGER);
        Browser other = community.browser(server, Role.OWNER);
        other.get("/settings");

        HttpResponse<String> refused = manager.postRaw("/settings/goal",
                Map.of("description", "forged", "_csrf", other.csrf()));

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void htmxSendsTheTokenInAHeader() {
        Browser manager = community.browser(server, Role.MANAGER);
        String page = manager.get("/settings").body();
        assertThat(page).contains("hx-headers=\"{&#34;X-CSRF-Token&#34;: &#34;" + manager.csrf() + "&#34;}\"");

        HttpResponse<String> accepted = manager.send(manager.request("/settings/goal")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true")
                .header("X-CSRF-Token", manager.csrf())
                .POST(HttpRequest.BodyPublishers.ofString("description=via+htmx")));

        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(db.store().goals().of(community.workspace().id()).description()).isEqualTo("via htmx");
    }

    @Test
    void theLoginFormNeedsItsPreSessionToken() {
        Browser browser = Browser.at(server);
        browser.get("/login");

        HttpResponse<String> forged = browser.postRaw("/login",
                Map.of("email", community.email(Role.OWNER), "password", Community.PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);

        Browser noSession = Browser.at(server);
        HttpResponse<String> blind = noSession.postRaw("/login",
                Map.of("email", community.email(Role.OWNER), "password", Community.PASSWORD, "_csrf", "guess"));
        assertThat(blind.statusCode()).isEqualTo(403);
    }

    @Test
    void aFormFromAnotherSiteIsRefusedEvenWithTheToken() {
        Browser manager = community.browser(server, Role.MANAGER);
        manager.get("/settings");
        String form = "description=cross-site&_csrf=" + manager.csrf();

        HttpResponse<String> refused = manager.send(manager.request("/settings/goal")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        HttpResponse<String> accepted = manager.send(manager.request("/settings/goal")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://127.0.0.1:" + server.port())
                .POST(HttpRequest.BodyPublishers.ofString(form)));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("sent from another site");
        assertThat(accepted.statusCode()).isEqualTo(303);
    }

    @Test
    void logoutNeedsTheTokenToo() {
        Browser viewer = community.browser(server, Role.VIEWER);

        assertThat(viewer.postRaw("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(viewer.get("/").statusCode()).isEqualTo(200);
    }
}
