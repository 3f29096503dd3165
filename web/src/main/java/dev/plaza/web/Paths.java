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

    /**
     * Machines authenticate with bearer tokens: the REST API and the Prometheus scrape of {@code /metrics}.
     * ActivityPub inboxes are machine routes too: servers sign their POSTs and send no cookies, so a
     * session's CSRF check does not apply (the inbox verifies the HTTP signature instead).
     */
    public static boolean usesBearerTokens(Context ctx) {
        return isApi(ctx.path()) || ctx.path().equals("/metrics") || isInbox(ctx.path());
    }

    /** {@code /inbox} and {@code /users/NAME/inbox}. */
    public static boolean isInbox(String path) {
        return path.equals("/inbox") || (path.startsWith("/users/") && path.endsWith("/inbox")
                && path.indexOf('/', "/users/".length()) == path.length() - "/inbox".length());
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
