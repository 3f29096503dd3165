package dev.plaza.web.federation;

import dev.plaza.core.Store;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.peer.TestCa;
import dev.plaza.net.GuardSettings;
import dev.plaza.web.TlsSettings;
import dev.plaza.web.WebServer;
import dev.plaza.web.WebSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Plaza on a loopback port that it also names as its public URL (so peers can fetch what it
 * serves), with the brand's actor, for the real-peer tests: over plain HTTP, or over HTTPS with a
 * test CA's certificate. Public for the app's browser test, through this module's test-jar.
 */
public record LoopbackPlaza(WebServer server, ActorUris uris, LocalActor brand, long workspaceId) implements AutoCloseable {

    public static LoopbackPlaza start(Store store, long workspaceId, Function<ActorUris, FederationSettings> federation) {
        return start(store, workspaceId, Optional.empty(), federation);
    }

    /** Serving HTTPS with the CA's server certificate: https://127.0.0.1:PORT. */
    public static LoopbackPlaza startHttps(Store store, long workspaceId, TestCa ca,
            Function<ActorUris, FederationSettings> federation) {
        return start(store, workspaceId, Optional.of(new TlsSettings(ca.serverChainPem(), ca.serverKeyPem())), federation);
    }

    /**
     * Serving HTTPS with the CA's server certificate, with the loopback tests' federation settings
     * and outbound requests that trust the CA ({@link #trusting}), as the peers' servers do.
     */
    public static LoopbackPlaza startHttps(Store store, long workspaceId, TestCa ca) {
        GuardSettings outbound = trusting(ca);
        return startHttps(store, workspaceId, ca, base -> FederationSettings.forLoopbackTests().withOutbound(outbound));
    }

    /** Outbound settings for the loopback tests that also trust the test CA: for a peer served over HTTPS. */
    public static GuardSettings trusting(TestCa ca) {
        return GuardSettings.forLoopbackTests().withExtraTrustAnchors(List.of(ca.certificate()));
    }

    private static LoopbackPlaza start(Store store, long workspaceId, Optional<TlsSettings> tls,
            Function<ActorUris, FederationSettings> federation) {
        int port = freePort();
        String base = (tls.isPresent() ? "https" : "http") + "://127.0.0.1:" + port;
        ActorUris uris = ActorUris.of(base);
        LocalActor brand = new ActorProvisioner(store.localActors()).create(workspaceId, "brand",
                ActorKind.ORGANIZATION, "Fernhill Bikes", "City bikes");
        WebServer server = new WebServer(store, new WebSettings("127.0.0.1", port, base, tls.isPresent(), tls),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), (w, f, p) -> {
                    throw new IllegalStateException("no imports in federation tests");
                }, federation.apply(uris)).start();
        return new LoopbackPlaza(server, uris, brand, workspaceId);
    }

    @Override
    public void close() {
        server.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
