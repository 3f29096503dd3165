package dev.plaza.bench;

import dev.plaza.core.Store;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.web.WebServer;
import dev.plaza.web.WebSettings;
import dev.plaza.web.federation.FederationSettings;
import dev.plaza.web.federation.InboundLimits;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Plaza's web server on a loopback port that it also names as its public URL, with its real inbox:
 * outbound fetches may reach loopback (where the remote servers are), and the per-server inbound
 * limit is lifted, since the benchmark measures how fast the inbox takes activities, not the limit.
 */
record PlazaOnLoopback(WebServer server, ActorUris uris) implements AutoCloseable {

    private static final InboundLimits UNLIMITED = new InboundLimits(Integer.MAX_VALUE, 1e9);

    static PlazaOnLoopback start(Store store) {
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        WebServer server = new WebServer(store, new WebSettings("127.0.0.1", port, base, false),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), (workspace, file, progress) -> {
                    throw new IllegalStateException("no imports in the inbox benchmark");
                }, FederationSettings.forLoopbackTests().withInbound(UNLIMITED)).start();
        return new PlazaOnLoopback(server, ActorUris.of(base));
    }

    /** How a mention names a local actor: {@code @username@host:port}. */
    String handle(String username) {
        return "@" + username + "@" + uris.host();
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
