package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.app.config.ConfigLoader;
import dev.plaza.app.config.PlazaConfig;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.secrets.SecretBox;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.discovery.WebFingerClient;
import dev.plaza.federation.inbox.InboxSetup;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.outbox.Publisher;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.PlazaStore;
import dev.plaza.store.testing.TestStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code require_signed_fetch} and {@code delivery_dead_after} from the configuration to the running
 * server: with signed fetches required, an unsigned GET of a post or the outbox is refused while the
 * actor document stays public (other servers fetch keys from it).
 */
class SignedFetchConfigTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalActor brand;

    @TempDir
    Path home;

    @BeforeAll
    static void brand() {
        brand = new ActorProvisioner(db.store().localActors()).create(db.newWorkspace().id(), "signedbrand",
                ActorKind.ORGANIZATION, "Brand", "");
    }

    @Test
    void withSignedFetchRequiredUnsignedReadsOfPostsAndTheOutboxAreRefusedButTheActorIsPublic() throws Exception {
        try (PlazaServer server = serve(Map.of("PLAZA_REQUIRE_SIGNED_FETCH", "true", "PLAZA_DELIVERY_DEAD_AFTER", "30m"))) {
            String base = "http://127.0.0.1:" + server.port();
            String post = publish(base);

            assertThat(get(base + "/users/signedbrand/outbox").statusCode()).isEqualTo(401);
            assertThat(get(post).statusCode()).isEqualTo(401);
            HttpResponse<String> actor = get(base + "/users/signedbrand");
            assertThat(actor.statusCode()).isEqualTo(200);
            assertThat(actor.body()).contains("publicKeyPem");
        }
    }

    @Test
    void byDefaultUnsignedReadsOfPublicPostsAndTheOutboxAreServed() throws Exception {
        try (PlazaServer server = serve(Map.of())) {
            String base = "http://127.0.0.1:" + server.port();
            String post = publish(base);

            assertThat(get(base + "/users/signedbrand/outbox").statusCode()).isEqualTo(200);
            assertThat(get(post).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theConfiguredSettingsReachFederationAndDelivery() {
        PlazaConfig configured = new ConfigLoader(Map.of("PLAZA_REQUIRE_SIGNED_FETCH", "true",
                "PLAZA_DELIVERY_DEAD_AFTER", "36h"), home).load(Optional.empty());
        PlazaConfig defaults = new ConfigLoader(Map.of(), home).load(Optional.empty());

        assertThat(PlazaServer.federationSettings(configured).requireSignedFetch()).isTrue();
        assertThat(PlazaServer.deliverySettings(configured).deadAfter()).isEqualTo(Duration.ofHours(36));
        assertThat(PlazaServer.federationSettings(defaults).requireSignedFetch()).isFalse();
        assertThat(PlazaServer.deliverySettings(defaults).deadAfter()).isEqualTo(Duration.ofDays(2));
    }

    private PlazaServer serve(Map<String, String> settings) throws IOException {
        int port = freePort();
        Map<String, String> env = new HashMap<>(settings);
        env.putAll(Map.of("PLAZA_HOST", "127.0.0.1", "PLAZA_PORT", Integer.toString(port),
                "PLAZA_PUBLIC_URL", "http://127.0.0.1:" + port));
        PlazaConfig config = new ConfigLoader(env, home).load(Optional.empty());
        PlazaStore store = PlazaStore.onJdbcUrl(db.jdbcUrl(), "the test database", new SecretBox(TestStore.SECRET_KEY),
                List.of());
        return PlazaServer.start(config, store);
    }

    /** A public post by the brand, published under the server's own URL; answers its URI. */
    private static String publish(String base) {
        ActorUris uris = ActorUris.of(base);
        Publisher publisher = new Publisher(db.store(), uris, InboxSetup.remoteObjects(db.store(), uris,
                GuardSettings.forLoopbackTests(), Clock.systemUTC()),
                new WebFingerClient(new GuardedHttpClient(GuardSettings.forLoopbackTests())), Clock.systemUTC());
        return publisher.publish(brand, Draft.publicPost("Spring service week")).uri();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/activity+json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
