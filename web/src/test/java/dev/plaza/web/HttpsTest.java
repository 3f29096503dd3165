package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.PlazaException;
import dev.plaza.federation.peer.TestCa;
import dev.plaza.store.testing.TestStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The web server serves HTTPS itself when given a certificate and key; plain HTTP stays the default. */
class HttpsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    @Test
    void withTlsSettingsThePortServesHttps() throws Exception {
        TestCa ca = TestCa.create();
        WebSettings settings = WebSettings.forTests().withTls(new TlsSettings(ca.serverChainPem(), ca.serverKeyPem()));

        try (WebServer server = TestServers.start(db.store(), settings, new FakeImporter(db.store()))) {
            HttpClient client = HttpClient.newBuilder().sslContext(ca.clientContext()).build();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:%d/healthz".formatted(server.port()))).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:%d/healthz".formatted(server.port()))).build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void plainHttpIsTheDefault() {
        assertThat(WebSettings.forTests().tls()).isEmpty();
        assertThat(new WebSettings("127.0.0.1", 8080, "https://community.example", true).tls()).isEmpty();
    }

    @Test
    void aKeyThatIsNotPkcs8IsRefusedWithHowToConvertIt(@TempDir Path dir) throws Exception {
        TestCa ca = TestCa.create();
        Path pkcs1 = Files.writeString(dir.resolve("key.pem"), "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n");
        WebSettings settings = WebSettings.forTests().withTls(new TlsSettings(ca.serverChainPem(), pkcs1));

        assertThatThrownBy(() -> TestServers.start(db.store(), settings, new FakeImporter(db.store())))
                .isInstanceOf(PlazaException.class).hasMessageContaining("openssl pkcs8 -topk8");
    }
}
