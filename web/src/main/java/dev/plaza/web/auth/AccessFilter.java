package dev.plaza.web.auth;

import dev.plaza.core.Store;
import dev.plaza.web.Paths;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * The one gate every matched request passes: it finds who is asking (a bearer token under
 * {@code /api/} and on {@code /metrics}, the session cookie elsewhere), checks the CSRF token of every state-changing page
 * request, and refuses the route unless its {@link Access} allows the principal.
 */
public final class AccessFilter implements Handler {

    /** The request attribute under which the filter leaves the page request's {@link Session}. */
    public static final String SESSION_ATTRIBUTE = "plaza.session";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private final Store store;
    private final Sessions sessions;
    private final SessionCookie cookie;
    private final Optional<String> publicOrigin;

    /** {@code publicBaseUrl} is where browsers reach Plaza; its origin is trusted on form posts. */
    public AccessFilter(Store store, Sessions sessions, SessionCookie cookie, String publicBaseUrl) {
        this.store = store;
        this.sessions = sessions;
        this.cookie = cookie;
        this.publicOrigin = origin(publicBaseUrl);
    }

    @Override
    public void handle(Context ctx) {
        Access access = accessOf(ctx.routeRoles());
        if (Paths.usesBearerTokens(ctx)) {
            checkApi(ctx, access);
        } else {
            checkPage(ctx, access);
        }
    }

    /** The session of a page request, as the filter found it. */
    public static Optional<Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION_ATTRIBUTE));
    }

    static Access accessOf(Set<RouteRole> roles) {
        if (roles.size() == 1 && roles.iterator().next() instanceof Access access) {
            return access;
        }
        // A route registered without exactly one Access is a bug; refusing is the safe answer.
        throw new ForbiddenResponse("this route has no access rule, so nobody may use it");
    }

    private void checkApi(Context ctx, Access access) {
        Optional<Principal> principal = bearer(ctx);
        principal.ifPresent(p -> ctx.attribute(Principal.ATTRIBUTE, p));
        if (access == Access.PUBLIC) {
            return;
        }
        if (principal.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"plaza\"");
            throw new UnauthorizedResponse(ctx.header("Authorization") == null
                    ? "this needs an API token: send 'Authorization: Bearer <token>'"
                    : "the API token is unknown or revoked");
        }
        requireRole(access, principal.get());
    }

    private Optional<Principal> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String secret = header.substring(7).strip();
        return secret.isEmpty() ? Optional.empty() : store.apiTokens().authenticate(secret).map(Principal::of);
    }

    /**
     * Finds the session and team member of a page request without enforcing anything: for pages
     * no route matched (a 404 still shows who is logged in).
     */
    public Optional<Principal> identify(Context ctx) {
        Optional<Session> session = cookie.read(ctx).flatMap(sessions::find);
        session.ifPresent(s -> ctx.attribute(SESSION_ATTRIBUTE, s));
        Optional<Principal> principal = session.flatMap(s -> member(s));
        principal.ifPresent(p -> ctx.attribute(Principal.ATTRIBUTE, p));
        return principal;
    }

    private void checkPage(Context ctx, Access access) {
        Optional<Principal> principal = identify(ctx);
        Optional<Session> session = session(ctx);
        if (access != Access.PUBLIC && principal.isEmpty()) {
            loginRequired(ctx);
            return;
        }
        if (changesState(ctx.method())) {
            checkCsrf(ctx, session);
        }
        if (access != Access.PUBLIC) {
            requireRole(access, principal.get());
        }
    }

    private Optional<Principal> member(Session session) {
        if (session.memberId().isEmpty()) {
            return Optional.empty();
        }
        Optional<Principal> principal = store.team().find(session.memberId().get()).map(Principal::of);
        if (principal.isEmpty()) {
            sessions.invalidate(session.id());
        }
        return principal;
    }

    private static void requireRole(Access access, Principal principal) {
        if (!access.allows(principal)) {
            throw new ForbiddenResponse("this needs the %s role; %s is a %s"
                    .formatted(access.role().orElseThrow().key(), principal.name(), principal.role().key()));
        }
    }

    private static void loginRequired(Context ctx) {
        String target = "/login";
        if (HandlerType.GET.equals(ctx.method()) && !Paths.isHtmx(ctx)) {
            String next = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
            target += "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        }
        if (Paths.isHtmx(ctx)) {
            ctx.header("HX-Redirect", target);
            throw new UnauthorizedResponse("your session has ended; log in again");
        }
        ctx.redirect(target, HandlerType.GET.equals(ctx.method()) ? HttpStatus.FOUND : HttpStatus.SEE_OTHER);
    }

    private void checkCsrf(Context ctx, Optional<Session> session) {
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(ctx, origin)) {
            throw new ForbiddenResponse("this form was sent from another site (%s); Plaza accepts forms only from its own pages"
                    .formatted(origin));
        }
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null) {
            sent = ctx.formParam(CSRF_FIELD);
        }
        if (session.isEmpty() || sent == null || !constantTimeEquals(sent, session.get().csrfToken())) {
            throw new ForbiddenResponse("the form's security token is missing or out of date; reload the page and try again");
        }
    }

    /** Browsers name the page a form came from; it must be Plaza's own (a second line behind the token). */
    private boolean sameOrigin(Context ctx, String origin) {
        String host = ctx.header("Host");
        return publicOrigin.map(origin::equalsIgnoreCase).orElse(false)
                || (host != null && (origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host)));
    }

    private static Optional<String> origin(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean changesState(HandlerType method) {
        return HandlerType.POST.equals(method) || HandlerType.PUT.equals(method)
                || HandlerType.PATCH.equals(method) || HandlerType.DELETE.equals(method);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
