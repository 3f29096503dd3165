package dev.plaza.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plaza.net.Headers;
import dev.plaza.net.OutboundRequestException.Reason;
import dev.plaza.net.SignableRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuardedHttpClientTest {

    private static final int MIB = 1024 * 1024;
    private static HttpServer server;
    private static ExecutorService executor;
    private static final AtomicReference<SignableRequest> received = new AtomicReference<>();
    private static final AtomicInteger hits = new AtomicInteger();

    private final GuardedHttpClient client = new GuardedHttpClient(GuardSettings.forLoopbackTests().withMaxResponseBytes(MIB));

    @BeforeAll
    static void startServer() throws IOException {
        executor = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/ok", exchange -> {
            hits.incrementAndGet();
            received.set(new SignableRequest(exchange.getRequestMethod(), url(exchange.getRequestURI().toString()),
                    Headers.of(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
            respond(exchange, 200, "hello");
        });
        server.createContext("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data"));
        server.createContext("/to-ok", exchange -> redirect(exchange, "/ok?via=redirect"));
        server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
        server.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, exchange.getRequestURI().getQuery() == null ? 0 : 2L * MIB);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 32; i++) {
                    out.write(new byte[64 * 1024]);
                }
            } catch (IOException clientGaveUp) {
                // expected: the client stops reading past its limit
            }
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
                respond(exchange, 200, "late");
            } catch (InterruptedException | IOException e) {
                exchange.close();
            }
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void theConnectionGoesToTheAddressThatWasCheckedNotToALaterDnsAnswer() throws Exception {
        // A rebinding DNS server: a public-looking first answer, an internal one for every lookup after it.
        AtomicInteger lookups = new AtomicInteger();
        HostLookup rebinding = host -> new InetAddress[] {InetAddress.getByName(
                lookups.getAndIncrement() == 0 ? "127.0.0.1" : "10.0.0.1")};
        try (var rebound = new GuardedHttpClient(GuardSettings.forLoopbackTests(), rebinding)) {
            FetchedResponse response = rebound.get(URI.create("http://rebinding.invalid:%d/ok".formatted(port())),
                    Headers.empty());

            assertThat(response.bodyText()).isEqualTo("hello");
            assertThat(lookups).hasValue(1);
            assertThat(received.get().headers().first("host")).contains("rebinding.invalid:" + port());
        }
    }

    @Test
    void aHostWithOneInternalAddressAmongPublicOnesIsRefused() {
        HostLookup mixed = host -> new InetAddress[] {InetAddress.getByName("127.0.0.1"), InetAddress.getByName("192.168.0.7")};
        try (var client = new GuardedHttpClient(GuardSettings.forLoopbackTests(), mixed)) {
            int before = hits.get();

            assertRefused(() -> client.get(URI.create("http://mixed.invalid:%d/ok".formatted(port())), Headers.empty()),
                    Reason.FORBIDDEN_ADDRESS, "mixed.invalid resolves to 192.168.0.7, a private (site-local) address");
            assertThat(hits.get()).isEqualTo(before);
        }
    }

    @Test
    void hostIsTheAuthorityASignerCoversLowerCaseWithoutADefaultPort() {
        client.get(URI.create("http://LOCALHOST:%d/ok".formatted(port())), Headers.empty());
        assertThat(received.get().headers().first("host")).contains("localhost:" + port());

        SignableRequest defaultPort = SignableRequest.get(URI.create("https://Social.Example:443/inbox"), Headers.empty());
        assertThat(defaultPort.authority()).isEqualTo("social.example");
    }

    @Test
    void aTargetIsCheckedWithoutARequest() throws Exception {
        int before = hits.get();

        assertThat(client.checkTarget(url("/ok"))).containsExactly(InetAddress.getByName("127.0.0.1"));
        assertRefused(() -> new GuardedHttpClient(GuardSettings.DEFAULT).checkTarget(url("/ok")), Reason.FORBIDDEN_ADDRESS,
                "a loopback address");
        assertRefused(() -> client.checkTarget(URI.create("http://10.0.0.1/")), Reason.FORBIDDEN_ADDRESS,
                "a private (site-local) address");
        assertRefused(() -> client.checkTarget(URI.create("ftp://example.com/")), Reason.BAD_URL, "ftp://example.com/");
        assertThat(hits.get()).isEqualTo(before);
    }

    @Test
    void keepAliveConnectionsAreReused() {
        AtomicInteger lookups = new AtomicInteger();
        HostLookup counting = host -> {
            lookups.incrementAndGet();
            return InetAddress.getAllByName(host);
        };
        try (var client = new GuardedHttpClient(GuardSettings.forLoopbackTests(), counting)) {
            for (int i = 0; i < 5; i++) {
                assertThat(client.get(url("/ok"), Headers.empty()).status()).isEqualTo(200);
            }
            assertThat(lookups).hasValue(1);
        }
    }

    @Test
    void loopbackIsAllowedOnlyWithTheTestSetting() {
        var production = new GuardedHttpClient(GuardSettings.DEFAULT);
        int before = hits.get();

        assertRefused(() -> production.get(url("/ok"), Headers.empty()), Reason.FORBIDDEN_ADDRESS,
                "127.0.0.1 resolves to 127.0.0.1, a loopback address");
        assertRefused(() -> production.get(URI.create("http://localhost:%d/ok".formatted(port())), Headers.empty()),
                Reason.FORBIDDEN_ADDRESS, "localhost resolves to");
        assertRefused(() -> production.get(URI.create("http://[::ffff:7f00:1]:%d/ok".formatted(port())), Headers.empty()),
                Reason.FORBIDDEN_ADDRESS, "a loopback address");
        assertThat(hits.get()).isEqualTo(before);

        FetchedResponse response = client.get(url("/ok"), Headers.of("Accept", "application/activity+json"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("hello");
        assertThat(received.get().headers().first("accept")).contains("application/activity+json");
        assertThat(received.get().headers().first("user-agent")).contains(GuardSettings.DEFAULT.userAgent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/", "http://172.16.5.4/", "http://192.168.1.1/", "http://169.254.169.254/latest",
            "http://[fe80::1]/", "http://[fc00::1]/", "http://[fd00::5]/", "http://100.64.0.1/", "http://0.0.0.0/",
            "http://224.0.0.1/", "http://[::ffff:10.0.0.1]/", "http://[::ffff:169.254.169.254]/", "https://[64:ff9b::a00:1]/"})
    void privateTargetsAreRefusedEvenWithTheLoopbackTestSetting(String target) {
        assertRefused(() -> client.get(URI.create(target), Headers.empty()), Reason.FORBIDDEN_ADDRESS,
                "Plaza only contacts public addresses");
    }

    @Test
    void aRedirectToAPrivateAddressIsRefused() {
        assertRefused(() -> client.get(url("/to-metadata"), Headers.empty()), Reason.FORBIDDEN_ADDRESS,
                "169.254.169.254 resolves to 169.254.169.254, a link-local address");
    }

    @Test
    void redirectsAreFollowedAndTheFinalUrlReported() {
        FetchedResponse response = client.get(url("/to-ok"), Headers.empty());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.uri()).isEqualTo(url("/ok?via=redirect"));
    }

    @Test
    void aRedirectLoopStopsAfterFiveHops() {
        assertRefused(() -> client.get(url("/loop"), Headers.empty()), Reason.TOO_MANY_REDIRECTS,
                "redirected more than 5 times");
    }

    @Test
    void aBodyPastTheLimitIsCutOffWhetherOrNotItsLengthIsDeclared() {
        assertRefused(() -> client.get(url("/big"), Headers.empty()), Reason.TOO_LARGE,
                "is larger than the 1048576-byte limit (it went past it)");
        assertRefused(() -> client.get(url("/big?declared"), Headers.empty()), Reason.TOO_LARGE,
                "is larger than the 1048576-byte limit (it declares 2097152 bytes)");
        var roomy = new GuardedHttpClient(GuardSettings.forLoopbackTests().withMaxResponseBytes(3L * MIB));
        assertThat(roomy.get(url("/big"), Headers.empty()).body()).hasSize(2 * MIB);
    }

    @Test
    void aSlowServerTimesOut() {
        var impatient = new GuardedHttpClient(GuardSettings.forLoopbackTests()
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));
        long start = System.nanoTime();

        assertRefused(() -> impatient.get(url("/slow"), Headers.empty()), Reason.TIMEOUT, "did not answer within PT0.3S");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/file", "file:///etc/passwd", "http://user:pw@example.com/", "mailto:a@example.com"})
    void onlyPlainHttpUrlsAreFetched(String target) {
        assertRefused(() -> client.get(URI.create(target), Headers.empty()), Reason.BAD_URL, target);
    }

    @Test
    void everyRequestIsSignedRedirectHopsIncluded() {
        RequestSigner signer = request -> request.withHeader("X-Signed",
                request.method() + " " + request.uri() + " " + request.body().length);
        byte[] body = "{\"type\":\"Create\"}".getBytes(StandardCharsets.UTF_8);

        client.signingWith(signer).post(url("/ok"), Headers.empty(), body);
        assertThat(received.get().headers().first("x-signed")).contains("POST " + url("/ok") + " " + body.length);
        assertThat(received.get().body()).isEqualTo(body);

        client.signingWith(signer).get(url("/to-ok"), Headers.empty());
        assertThat(received.get().headers().first("x-signed")).contains("GET " + url("/ok?via=redirect") + " 0");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason, String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(OutboundRequestException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(message);
    }

    private static URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:%d%s".formatted(port(), pathAndQuery));
    }

    private static int port() {
        return server.getAddress().getPort();
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
