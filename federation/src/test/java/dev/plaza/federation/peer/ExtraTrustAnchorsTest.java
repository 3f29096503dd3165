package dev.plaza.federation.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import dev.plaza.net.OutboundRequestException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server whose certificate only a test CA vouches for is reached only by a client told to trust that CA. */
class ExtraTrustAnchorsTest {

    private static TestCa ca;
    private static HttpsServer server;
    private static URI hello;

    @BeforeAll
    static void startServer() throws IOException {
        ca = TestCa.create();
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ca.serverContext()));
        server.createContext("/hello", exchange -> {
            byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        hello = URI.create("https://127.0.0.1:%d/hello".formatted(server.getAddress().getPort()));
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @Test
    void theJvmsOwnCasDoNotVouchForTheTestCertificate() {
        GuardedHttpClient client = new GuardedHttpClient(GuardSettings.forLoopbackTests());

        assertThatThrownBy(() -> client.get(hello, Headers.of()))
                .isInstanceOfSatisfying(OutboundRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(OutboundRequestException.Reason.NETWORK));
    }

    @Test
    void anExtraTrustAnchorLetsTheClientIn() {
        GuardedHttpClient client = new GuardedHttpClient(GuardSettings.forLoopbackTests()
                .withExtraTrustAnchors(List.of(ca.certificate())));

        FetchedResponse response = client.get(hello, Headers.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("hello");
    }

    @Test
    void productionTrustsTheJvmsCasOnly() {
        assertThat(GuardSettings.DEFAULT.extraTrustAnchors()).isEmpty();
        assertThat(GuardSettings.forLoopbackTests().extraTrustAnchors()).isEmpty();
    }
}
