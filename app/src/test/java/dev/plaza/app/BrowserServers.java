package dev.plaza.app;

import dev.plaza.atproto.identity.IdentitySettings;
import dev.plaza.core.Store;
import dev.plaza.web.WebServer;
import dev.plaza.web.WebSettings;
import dev.plaza.web.federation.FederationSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** The web server the Bluesky browser tests drive: loopback peers allowed, the test's own PLC directory. */
final class BrowserServers {

    private BrowserServers() {
    }

    static WebServer start(Store store, IdentitySettings identity) {
        return new WebServer(store, WebSettings.forTests(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new ArchiveImports(store), FederationSettings.forLoopbackTests(), identity).start();
    }

    /** Closes what a test class started, in order, skipping what never started. */
    static void closeAll(AutoCloseable... running) throws Exception {
        for (AutoCloseable each : running) {
            if (each != null) {
                each.close();
            }
        }
    }
}
