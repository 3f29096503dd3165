package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What operators rely on: /healthz, /metrics, static assets, a graceful stop. */
class OperationsTest {

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

    @Test
    void aPortInUseIsExplainedInOneSentence() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            WebServer second = new WebServer(db.store(), new WebSettings("127.0.0.1", taken.getLocalPort(),
                    "http://127.0.0.1", false), new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
                    io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT), new FakeImporter(db.store()));

            assertThatThrownBy(second::start).isInstanceOf(dev.plaza.core.PlazaException.class)
                    .hasMessage("port %d on 127.0.0.1 is already in use (by another Plaza, or another program); stop that,"
                            .formatted(taken.getLocalPort()) + " or choose another port with PLAZA_PORT");
            second.close();
        }
    }

    @Test
    void healthzSaysOkWhileTheDatabaseAnswers() {
        HttpResponse<String> response = Browser.at(server).get("/healthz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    }

    @Test
    void healthzSaysUnavailableWhenTheDatabaseDoesNot() {
        try (WebServer down = TestServers.start(new DelegatingStore(db.store(), () -> false), WebSettings.forTests(),
                new FakeImporter(db.store()))) {
            HttpResponse<String> response = Browser.at(down).get("/healthz");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("{\"status\":\"unavailable\"}");
        }
    }

    @Test
    void metricsExposeRequestTimersPerRouteTemplateAndStatus() {
        Browser browser = Browser.at(server);
        browser.get("/healthz");
        browser.get("/people/123");

        assertThat(browser.get("/metrics").statusCode()).as("metrics need a token").isEqualTo(401);
        String token = db.store().apiTokens().create(db.newWorkspace().id(), "prometheus", Role.VIEWER).secret();
        HttpResponse<String> metrics = browser.send(HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + server.port() + "/metrics")).header("Authorization", "Bearer " + token));

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("# TYPE http_server_requests_seconds summary")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*status=\"200\"[^}]*uri=\"/healthz\"[^}]*} 1")
                .contains("uri=\"/people/{person-id}\"")
                .doesNotContain("uri=\"/people/123\"");
    }

    @Test
    void htmxAndChartJsAreServedFromTheClasspath() {
        Browser browser = Browser.at(server);
        HttpResponse<String> page = browser.get("/login");
        String htmx = page.body().replaceAll("(?s).*<script src=\"(/assets/vendor/htmx[^\"]+)\".*", "$1");

        assertThat(browser.get(htmx).statusCode()).isEqualTo(200);
        assertThat(browser.get("/assets/vendor/chart.js/4.5.1/dist/chart.umd.min.js").statusCode()).isEqualTo(200);
        HttpResponse<String> css = browser.get("/assets/plaza.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(browser.get("/assets/nothing-here.js").statusCode()).isEqualTo(404);
    }

    @Test
    void closingLetsTheRequestInFlightFinishAndRefusesNewOnes() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        WebServer slow = TestServers.start(new DelegatingStore(db.store(), () -> {
            entered.countDown();
            sleep(1_500);
            return true;
        }), WebSettings.forTests(), new FakeImporter(db.store()));
        String base = "http://127.0.0.1:" + slow.port();
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(URI.create(base + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        slow.close();

        assertThat(inFlight.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
