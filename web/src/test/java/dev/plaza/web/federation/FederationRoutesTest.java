package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.WebServer;
import dev.plaza.web.WebSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Discovery and actors over HTTP, as another server sees them: no login, the right content types. */
class FederationRoutesTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebServer server;
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        long workspace = db.newWorkspace().id();
        new ActorProvisioner(db.store().localActors()).create(workspace, "brand", ActorKind.ORGANIZATION,
                "Fernhill Bikes", "City bikes");
        var brand = SeenIdentity.of(Platform.FEDIVERSE, "https://plaza.example/users/brand", "@brand@plaza.example",
                "Fernhill Bikes", Optional.empty());
        var someoneElse = SeenIdentity.of(Platform.FEDIVERSE, "https://other.example/users/x", "@x@other.example", "X",
                Optional.empty());
        Instant at = Instant.parse("2026-06-01T10:00:00Z");
        db.store().ingest().ingest(workspace, new IngestBatch(List.of(brand, someoneElse), List.of(
                note("https://plaza.example/users/brand/statuses/1", brand, at),
                note("https://plaza.example/users/brand/statuses/2", brand, at.plusSeconds(5)),
                note("https://other.example/users/x/statuses/9", someoneElse, at)), Optional.empty()), Progress.NONE);
        server = new WebServer(db.store(), new WebSettings("127.0.0.1", 0, "https://plaza.example", false),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), (w, f, p) -> {
                    throw new IllegalStateException("no imports here");
                }).start();
    }

    private static IncomingActivity note(String uri, SeenIdentity author, Instant at) {
        return new IncomingActivity(uri, ActivityKind.POST, author.key(), at, "hello", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void webFingerFindsTheBrandByHandleAndServesJrd() throws Exception {
        HttpResponse<String> response = get("/.well-known/webfinger?resource=acct:brand@plaza.example", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/jrd+json");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        JsonNode jrd = JSON.readTree(response.body());
        assertThat(jrd.path("subject").asText()).isEqualTo("acct:brand@plaza.example");
        assertThat(jrd.path("links").get(0).path("href").asText()).isEqualTo("https://plaza.example/users/brand");
    }

    @Test
    void webFingerSaysWhatIsWrongWithABadOrUnknownResource() throws Exception {
        assertThat(get("/.well-known/webfinger", null).statusCode()).isEqualTo(400);
        assertThat(get("/.well-known/webfinger?resource=acct:nobody@plaza.example", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theActorIsActivityStreamsForServersAndAProfilePageForBrowsers() throws Exception {
        HttpResponse<String> forServers = get("/users/brand", "application/activity+json");
        HttpResponse<String> forJsonLd = get("/users/brand",
                "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"");
        HttpResponse<String> forBrowsers = get("/users/brand", "text/html");

        assertThat(forServers.statusCode()).isEqualTo(200);
        assertThat(forServers.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/activity+json");
        JsonNode actor = JSON.readTree(forServers.body());
        assertThat(actor.path("id").asText()).isEqualTo("https://plaza.example/users/brand");
        assertThat(actor.path("type").asText()).isEqualTo("Organization");
        assertThat(actor.path("publicKey").path("publicKeyPem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(JSON.readTree(forJsonLd.body())).isEqualTo(actor);
        assertThat(forBrowsers.statusCode()).isEqualTo(302);
        assertThat(forBrowsers.headers().firstValue("Location")).contains("https://plaza.example/@brand");

        HttpResponse<String> profile = get("/@brand", "text/html");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("Fernhill Bikes").contains("@brand@plaza.example")
                .contains("rel=\"alternate\" type=\"application/activity+json\"");
        assertThat(get("/users/nobody", "application/activity+json").statusCode()).isEqualTo(404);
    }

    @Test
    void nodeInfoAndHostMetaAreServed() throws Exception {
        JsonNode links = JSON.readTree(get("/.well-known/nodeinfo", null).body());
        assertThat(links.path("links").get(0).path("href").asText()).isEqualTo("https://plaza.example/nodeinfo/2.1");

        HttpResponse<String> nodeInfo = get("/nodeinfo/2.1", null);
        assertThat(nodeInfo.headers().firstValue("Content-Type").orElseThrow()).contains("nodeinfo.diaspora.software");
        JsonNode usage = JSON.readTree(nodeInfo.body()).path("usage");
        assertThat(usage.path("users").path("total").asLong()).isEqualTo(1);
        assertThat(usage.path("localPosts").asLong()).as("the brand's two posts, not the other server's").isEqualTo(2);

        HttpResponse<String> hostMeta = get("/.well-known/host-meta", null);
        assertThat(hostMeta.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xrd+xml");
        assertThat(hostMeta.body()).contains("https://plaza.example/.well-known/webfinger?resource={uri}");
    }
}
