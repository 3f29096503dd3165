package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.auth.Access;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every route the server registered — pages, forms, operations and the REST API, read from
 * the server's own route table so that no new route escapes — as anonymous, viewer, manager and
 * owner, and checks that each is allowed exactly when its Access says so.
 */
class AccessMatrixTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;
    static final Map<Role, Browser> browsers = new EnumMap<>(Role.class);
    static Browser anonymous;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "matrix", false);
        // A quick heartbeat: a closed event stream is noticed at the next one.
        server = TestServers.start(db.store(), WebSettings.forTests().withInboxHeartbeat(java.time.Duration.ofMillis(100)),
                new FakeImporter(db.store()));
        for (Role role : Role.values()) {
            browsers.put(role, community.browser(server, role));
        }
        anonymous = Browser.at(server);
        anonymous.get("/login");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theRouteTableHoldsThePagesTheApiAndOperations() {
        assertThat(server.routes())
                .contains(new Route("GET", "/", Access.VIEWER),
                        new Route("GET", "/healthz", Access.PUBLIC),
                        new Route("GET", "/metrics", Access.VIEWER),
                        new Route("POST", "/settings/team", Access.OWNER),
                        new Route("POST", "/settings/goal", Access.MANAGER),
                        new Route("POST", "/settings/alerts", Access.MANAGER),
                        new Route("GET", "/advocates", Access.VIEWER),
                        new Route("GET", "/advocates.csv", Access.VIEWER),
                        new Route("GET", "/leaders", Access.VIEWER),
                        new Route("GET", "/activities", Access.VIEWER),
                        new Route("GET", "/engagement", Access.VIEWER),
                        new Route("GET", "/api/v1/engagement", Access.VIEWER),
                        new Route("GET", "/api/v1/engagement/cohorts", Access.VIEWER),
                        new Route("GET", "/api/v1/engagement/people", Access.VIEWER),
                        new Route("GET", "/reports/monthly", Access.VIEWER),
                        new Route("GET", "/leaders.csv", Access.VIEWER),
                        new Route("GET", "/measures.csv", Access.VIEWER),
                        new Route("GET", "/engagement/months.csv", Access.VIEWER),
                        new Route("GET", "/communities.csv", Access.VIEWER),
                        new Route("GET", "/engagement/people", Access.VIEWER),
                        new Route("GET", "/engagement/people.csv", Access.VIEWER),
                        new Route("GET", "/engagement/cohorts.csv", Access.VIEWER),
                        new Route("GET", "/activities.csv", Access.VIEWER),
                        new Route("GET", "/activity", Access.VIEWER),
                        new Route("GET", "/activity.csv", Access.VIEWER),
                        new Route("GET", "/communities/{community-id}", Access.VIEWER),
                        new Route("GET", "/channels/{channel-id}", Access.VIEWER),
                        new Route("GET", "/people/suggestions", Access.VIEWER),
                        new Route("POST", "/people/suggestions/merge", Access.MANAGER),
                        new Route("POST", "/people/suggestions/dismiss", Access.MANAGER),
                        new Route("POST", "/people/{person-id}/merges/undo", Access.MANAGER),
                        new Route("GET", "/api/v1/people/suggestions", Access.VIEWER),
                        new Route("POST", "/api/v1/people/merges", Access.MANAGER),
                        new Route("POST", "/api/v1/people/merges/undo", Access.MANAGER),
                        new Route("GET", "/conversations/{conversation-id}/row", Access.VIEWER),
                        new Route("GET", "/conversations/events", Access.VIEWER),
                        new Route("POST", "/conversations/{conversation-id}/notes", Access.MANAGER),
                        new Route("POST", "/conversations/{conversation-id}/reply", Access.MANAGER),
                        new Route("POST", "/conversations/views", Access.VIEWER),
                        new Route("POST", "/conversations/views/{view-id}/delete", Access.VIEWER),
                        new Route("GET", "/api/v1/conversations/{id}/notes", Access.VIEWER),
                        new Route("POST", "/api/v1/conversations/{id}/notes", Access.MANAGER),
                        new Route("GET", "/api/v1/measures", Access.VIEWER),
                        new Route("GET", "/api/v1/measures/posts", Access.VIEWER),
                        new Route("GET", "/api/v1/advocates", Access.VIEWER),
                        new Route("GET", "/api/v1/advocates/posts", Access.VIEWER),
                        new Route("GET", "/api/v1/leaders", Access.VIEWER),
                        new Route("GET", "/api/v1/alerts", Access.VIEWER),
                        new Route("GET", "/api/v1/people/{id}/relationship", Access.VIEWER))
                .anyMatch(route -> route.path().startsWith("/api/"))
                .hasSizeGreaterThan(40);
    }

    @Test
    void everyRouteAllowsExactlyTheRolesItsAccessNames() {
        SoftAssertions softly = new SoftAssertions();
        List<String> checked = new ArrayList<>();
        for (Route route : server.routes()) {
            for (Optional<Role> caller : callers()) {
                HttpResponse<String> response = call(route, caller);
                boolean expected = route.access() == Access.PUBLIC
                        || caller.map(role -> role.allows(route.access().role().orElseThrow())).orElse(false);
                softly.assertThat(denied(route, response))
                        .as("%s as %s answered %d %s", route, caller.map(Role::key).orElse("anonymous"),
                                response.statusCode(), response.headers().firstValue("Location").orElse(""))
                        .isEqualTo(!expected);
                if (!expected) {
                    softly.assertThat(response.statusCode())
                            .as("%s as %s", route, caller.map(Role::key).orElse("anonymous"))
                            .isEqualTo(caller.isEmpty() ? (isApi(route) ? 401 : response.statusCode()) : 403);
                }
                checked.add(route.method() + " " + route.path());
            }
        }
        softly.assertAll();
        assertThat(checked).hasSize(server.routes().size() * 4);
    }

    @Test
    void anApiRouteIgnoresTheSessionCookie() {
        Browser owner = browsers.get(Role.OWNER);

        HttpResponse<String> response = owner.get("/api/v1/people");

        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode error = json(response).path("error");
        assertThat(error.path("status").asInt()).isEqualTo(401);
        assertThat(error.path("message").asText()).contains("API token");
    }

    @Test
    void apiRefusalsAreJsonErrors() {
        HttpResponse<String> forbidden = api(new Route("PATCH", "/api/v1/conversations/1", Access.MANAGER),
                Optional.of(Role.VIEWER));

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json(forbidden).path("error").path("status").asInt()).isEqualTo(403);
        assertThat(json(forbidden).path("error").path("message").asText()).contains("manager");
    }

    private static List<Optional<Role>> callers() {
        return List.of(Optional.empty(), Optional.of(Role.VIEWER), Optional.of(Role.MANAGER), Optional.of(Role.OWNER));
    }

    private static HttpResponse<String> call(Route route, Optional<Role> caller) {
        if (isApi(route)) {
            return api(route, caller);
        }
        Browser browser = caller.map(browsers::get).orElse(anonymous);
        String path = concrete(route.path());
        if (route.path().endsWith("/events")) {
            return headersOnly(browser.stream(path));
        }
        HttpResponse<String> response = route.method().equals("GET") ? browser.get(path) : browser.post(path, Map.of());
        if (route.path().equals("/logout") && caller.isPresent()) {
            browsers.put(caller.get(), community.browser(server, caller.get()));
        }
        return response;
    }

    /** An event stream never ends: its status and headers, and the stream closed. */
    private static HttpResponse<String> headersOnly(HttpResponse<java.io.InputStream> streamed) {
        try {
            streamed.body().close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new HttpResponse<>() {
            @Override public int statusCode() { return streamed.statusCode(); }
            @Override public HttpRequest request() { return streamed.request(); }
            @Override public Optional<HttpResponse<String>> previousResponse() { return Optional.empty(); }
            @Override public java.net.http.HttpHeaders headers() { return streamed.headers(); }
            @Override public String body() { return ""; }
            @Override public Optional<javax.net.ssl.SSLSession> sslSession() { return streamed.sslSession(); }
            @Override public java.net.URI uri() { return streamed.uri(); }
            @Override public java.net.http.HttpClient.Version version() { return streamed.version(); }
        };
    }

    private static HttpResponse<String> api(Route route, Optional<Role> caller) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + server.port() + concrete(route.path())));
        caller.ifPresent(role -> request.header("Authorization", "Bearer " + community.tokens().get(role)));
        if (route.method().equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(route.method(), HttpRequest.BodyPublishers.ofString("{}"));
        }
        return anonymous.send(request);
    }

    /** A refusal: 401 or 403, or for a page, the way to the login form. */
    private static boolean denied(Route route, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            return true;
        }
        String location = response.headers().firstValue("Location").orElse("");
        return !isApi(route) && (status == 302 || status == 303)
                && (location.equals("/login") || location.startsWith("/login?next="));
    }

    /** Routes that machines call with bearer tokens: the API and the metrics scrape. */
    private static boolean isApi(Route route) {
        return route.path().startsWith("/api/") || route.path().equals("/metrics");
    }

    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", "999999");
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
