package dev.plaza.web;

import dev.plaza.core.Store;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What operators poll: {@code /healthz} (200 while the database answers, 503 otherwise), public
 * because load balancers ask it without credentials, and {@code /metrics} in Prometheus text format,
 * which needs an API token (any role) like the REST API: Prometheus sends it as
 * {@code authorization: {credentials: plz_…}}.
 */
final class Operations {

    private static final Logger LOG = LoggerFactory.getLogger(Operations.class);
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Store store;
    private final PrometheusMeterRegistry registry;

    Operations(Store store, PrometheusMeterRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    void health(Context ctx) {
        boolean healthy;
        try {
            healthy = store.healthy();
        } catch (RuntimeException e) {
            LOG.warn("health check failed", e);
            healthy = false;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.status(healthy ? 200 : 503).json(Map.of("status", healthy ? "ok" : "unavailable"));
    }

    void metrics(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape());
    }
}
