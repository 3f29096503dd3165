package dev.plaza.federation.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.plaza.federation.FederationException;
import dev.plaza.federation.peer.TestCa;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Resolving handles through a WebFinger server over HTTPS, and what answers are refused. */
class WebFingerClientTest {

    private static final Map<String, String> answers = new ConcurrentHashMap<>();
    private static final List<String> resources = new CopyOnWriteArrayList<>();
    private static HttpsServer server;
    private static String host;
    private static WebFingerClient client;

    @BeforeAll
    static void startServer() throws IOException {
        TestCa ca = TestCa.create();
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ca.serverContext()));
        server.createContext("/.well-known/webfinger", exchange -> {
            String resource = URLDecoder.decode(exchange.getRequestURI().getRawQuery()
                    .substring("resource=".length()), StandardCharsets.UTF_8);
            resources.add(resource);
            String answer = answers.get(resource.substring("acct:".length(), resource.indexOf('@')));
            byte[] body = (answer == null ? "{}" : answer).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/jrd+json");
            exchange.sendResponseHeaders(answer == null ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        host = "127.0.0.1:" + server.getAddress().getPort();
        client = new WebFingerClient(new GuardedHttpClient(GuardSettings.forLoopbackTests()
                .withExtraTrustAnchors(List.of(ca.certificate()))));
        answers.put("alice", jrd("acct:alice@" + host, "application/activity+json", "https://social.example/users/alice"));
        answers.put("ldjson", jrd("acct:ldjson@" + host,
                "application/ld+json; profile=\\\"https://www.w3.org/ns/activitystreams\\\"", "https://social.example/users/ld"));
        answers.put("someone", jrd("acct:else@" + host, "application/activity+json", "https://social.example/users/else"));
        answers.put("profileonly", jrd("acct:profileonly@" + host, "text/html", "https://social.example/@profileonly"));
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    private static String jrd(String subject, String type, String href) {
        return """
                {"subject": "%s", "links": [
                  {"rel": "http://webfinger.net/rel/profile-page", "type": "text/html", "href": "https://social.example/@x"},
                  {"rel": "self", "type": "%s", "href": "%s"}]}""".formatted(subject, type, href);
    }

    @Test
    void aHandleResolvesToTheSelfLinkOverHttps() {
        URI actor = client.resolve(new Handle("alice", host));

        assertThat(actor).isEqualTo(URI.create("https://social.example/users/alice"));
        assertThat(resources).contains("acct:alice@" + host);
    }

    @Test
    void aSelfLinkOfTheLdJsonActivityStreamsTypeCountsToo() {
        assertThat(client.resolve(new Handle("ldjson", host))).isEqualTo(URI.create("https://social.example/users/ld"));
    }

    @Test
    void anAnswerAboutSomeoneElseIsRefused() {
        assertThatThrownBy(() -> client.resolve(new Handle("someone", host)))
                .isInstanceOf(FederationException.class).hasMessageContaining("instead");
    }

    @Test
    void anAnswerWithoutAnActivityStreamsSelfLinkIsRefused() {
        assertThatThrownBy(() -> client.resolve(new Handle("profileonly", host)))
                .isInstanceOf(FederationException.class).hasMessageContaining("no ActivityStreams actor");
    }

    @Test
    void anUnknownAccountFailsWithTheStatus() {
        assertThatThrownBy(() -> client.resolve(new Handle("nobody", host)))
                .isInstanceOf(FederationException.class).hasMessageContaining("404");
    }

    @Test
    void handlesAreReadInTheirUsualSpellings() {
        Handle alice = new Handle("alice", "social.example");

        assertThat(Handle.parse("@alice@social.example")).contains(alice);
        assertThat(Handle.parse("alice@Social.Example")).contains(alice);
        assertThat(Handle.parse("acct:alice@social.example")).contains(alice);
        assertThat(Handle.parse(" @alice@127.0.0.1:8443 ")).contains(new Handle("alice", "127.0.0.1:8443"));
        assertThat(alice.acct()).isEqualTo("acct:alice@social.example");
    }

    @Test
    void urlsAndOtherTextAreNotHandles() {
        assertThat(Handle.parse("https://social.example/users/alice")).isEmpty();
        assertThat(Handle.parse("alice")).isEmpty();
        assertThat(Handle.parse("alice@social.example/path")).isEmpty();
        assertThat(Handle.parse("alice@bob@social.example")).isEmpty();
        assertThat(Handle.parse("alice@")).isEmpty();
    }
}
