package dev.plaza.web;

import dev.plaza.atproto.identity.IdentitySettings;
import dev.plaza.core.Store;
import dev.plaza.web.federation.FederationSettings;
import dev.plaza.web.imports.ArchiveImporter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** Starts a real web server on a random loopback port, as the tests need it. */
final class TestServers {

    private TestServers() {
    }

    static WebServer start(Store store) {
        return start(store, WebSettings.forTests(), new FakeImporter(store));
    }

    /** A server whose outbound requests follow {@code federation}: loopback allowed, for fake remote servers. */
    static WebServer start(Store store, FederationSettings federation) {
        return new WebServer(store, WebSettings.forTests(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new FakeImporter(store), federation).start();
    }

    /** A server that resolves atproto identities with {@code identity} (a test's own PLC directory), loopback allowed. */
    static WebServer start(Store store, IdentitySettings identity) {
        return new WebServer(store, WebSettings.forTests(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new FakeImporter(store), FederationSettings.forLoopbackTests(), identity).start();
    }

    static WebServer start(Store store, WebSettings settings, ArchiveImporter importer) {
        return new WebServer(store, settings, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), importer).start();
    }

    /** Closes what a test class started, in order, skipping what never started. */
    static void closeAll(AutoCloseable... running) {
        for (AutoCloseable each : running) {
            try {
                if (each != null) {
                    each.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException("could not close " + each, e);
            }
        }
    }
}
