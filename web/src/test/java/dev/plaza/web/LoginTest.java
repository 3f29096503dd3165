package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.auth.SessionCookie;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoginTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "login", false);
        server = TestServers.start(db.store());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anonymousPageRequestsAreSentToTheLoginFormWithTheirAddress() {
        HttpResponse<String> response = Browser.at(server).get("/people?q=ada");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/login?next=%2Fpeople%3Fq%3Dada");
    }

    @Test
    void loggingInRotatesTheSessionIdAndReturnsToTheRequestedPage() {
        Browser browser = Browser.at(server);
        HttpResponse<String> form = browser.get("/login?next=/communities");
        String anonymousId = browser.cookie(SessionCookie.NAME).orElseThrow();
        assertThat(form.body()).contains("name=\"_csrf\"").contains("value=\"/communities\"");

        HttpResponse<String> login = browser.post("/login",
                Map.of("email", community.email(Role.VIEWER), "password", Community.PASSWORD, "next", "/communities"));

        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).hasValue("/communities");
        String sessionId = browser.cookie(SessionCookie.NAME).orElseThrow();
        assertThat(sessionId).isNotEqualTo(anonymousId).hasSizeGreaterThanOrEqualTo(43);
        assertThat(browser.get("/communities").statusCode()).isEqualTo(200);

        Browser attacker = Browser.at(server);
        attacker.setCookie(SessionCookie.NAME, anonymousId);
        assertThat(attacker.get("/communities").statusCode()).isEqualTo(302);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        Browser browser = Browser.at(server);
        browser.get("/login");
        HttpResponse<String> login = browser.post("/login",
                Map.of("email", community.email(Role.VIEWER), "password", Community.PASSWORD));

        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(SessionCookie.NAME + "=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Path=/")
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithoutASession() {
        Browser browser = Browser.at(server);
        browser.get("/login");
        String before = browser.cookie(SessionCookie.NAME).orElseThrow();

        HttpResponse<String> response = browser.post("/login",
                Map.of("email", community.email(Role.OWNER), "password", "not the password"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("do not match a team member");
        assertThat(browser.cookie(SessionCookie.NAME)).hasValue(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void loggingOutEndsTheSessionOnTheServer() {
        Browser browser = community.browser(server, Role.MANAGER);
        String sessionId = browser.cookie(SessionCookie.NAME).orElseThrow();
        browser.get("/");

        HttpResponse<String> logout = browser.post("/logout", Map.of());

        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(logout.headers().firstValue("Location")).hasValue("/login?logged_out");
        Browser replay = Browser.at(server);
        replay.setCookie(SessionCookie.NAME, sessionId);
        assertThat(replay.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void theNextAddressNeverLeavesPlaza() {
        Browser browser = Browser.at(server);
        browser.get("/login");

        HttpResponse<String> login = browser.post("/login", Map.of("email", community.email(Role.VIEWER),
                "password", Community.PASSWORD, "next", "//evil.example/steal"));

        assertThat(login.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void repeatedFailuresForOneEmailAreSlowedDown() {
        Browser browser = Browser.at(server);
        browser.get("/login");
        String email = "nobody-" + System.nanoTime() + "@plaza.test";
        for (int i = 0; i < 5; i++) {
            assertThat(browser.post("/login", Map.of("email", email, "password", "guess " + i)).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> throttled = browser.post("/login", Map.of("email", email, "password", "guess 6"));

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.body()).contains("Too many failed attempts");
    }

    @Test
    void secureCookiesAreMarkedSecureWhenConfigured() {
        try (WebServer secure = TestServers.start(db.store(),
                new WebSettings("127.0.0.1", 0, "https://plaza.example", true), new FakeImporter(db.store()))) {
            HttpResponse<String> form = Browser.at(secure).get("/login");
            assertThat(form.headers().firstValue("Set-Cookie").orElseThrow()).containsIgnoringCase("Secure");
        }
    }
}
