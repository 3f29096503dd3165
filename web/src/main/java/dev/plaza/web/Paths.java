package dev.plaza.web;

import io.javalin.http.Context;

/** Which audience a request belongs to: the REST API (JSON) or the web app (HTML). */
public final class Paths {

    private Paths() {
    }

    public static boolean isApi(Context ctx) {
        return isApi(ctx.path());
    }

    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** Machines authenticate with bearer tokens: the REST API and the Prometheus scrape of {@code /metrics}. */
    public static boolean usesBearerTokens(Context ctx) {
        return isApi(ctx.path()) || ctx.path().equals("/metrics");
    }

    /** Whether htmx sent the request (it then wants a fragment, not a whole page). */
    public static boolean isHtmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }

    /** A local path to go back to after login; anything else (another host, a scheme) becomes "/". */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }
}
