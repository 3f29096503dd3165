package dev.plaza.web;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times every request into {@code http.server.requests} (tagged by method, route template, status
 * and outcome) and writes one structured log line per request.
 */
final class RequestMetrics implements RequestLogger {

    private static final Logger LOG = LoggerFactory.getLogger("dev.plaza.web.requests");

    private final MeterRegistry registry;

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(Context ctx, Float executionTimeMs) {
        String route = route(ctx);
        int status = ctx.statusCode();
        long nanos = (long) (executionTimeMs * 1_000_000L);
        Timer.builder("http.server.requests")
                .description("HTTP requests the web server answered")
                .tag("method", ctx.method().name())
                .tag("uri", route)
                .tag("status", Integer.toString(status))
                .tag("outcome", outcome(status))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        LOG.atInfo()
                .addKeyValue("method", ctx.method().name())
                .addKeyValue("path", ctx.path())
                .addKeyValue("route", route)
                .addKeyValue("status", status)
                .addKeyValue("ms", Math.round(executionTimeMs * 10) / 10.0)
                .log("{} {} {}", ctx.method().name(), ctx.path(), status);
    }

    /** The matched route template, never the raw path: raw paths would make one time series per id. */
    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null && endpoint.method.isHttpMethod()) {
            return endpoint.path;
        }
        if (ctx.path().startsWith("/assets/")) {
            return "/assets/**";
        }
        return ctx.statusCode() == 404 ? "NOT_FOUND" : "UNKNOWN";
    }

    private static String outcome(int status) {
        if (status >= 500) {
            return "SERVER_ERROR";
        }
        if (status >= 400) {
            return "CLIENT_ERROR";
        }
        if (status >= 300) {
            return "REDIRECTION";
        }
        return "SUCCESS";
    }
}
