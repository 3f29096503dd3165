package dev.plaza.web.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;

/** The session id's cookie: HttpOnly, SameSite=Lax, Secure when Plaza is served over HTTPS. */
public final class SessionCookie {

    public static final String NAME = "plaza_session";

    private final boolean secure;

    public SessionCookie(boolean secure) {
        this.secure = secure;
    }

    public Optional<String> read(Context ctx) {
        return Optional.ofNullable(ctx.cookie(NAME)).filter(v -> !v.isBlank());
    }

    public void write(Context ctx, Session session) {
        ctx.cookie(cookie(session.id(), -1));
    }

    public void clear(Context ctx) {
        ctx.cookie(cookie("", 0));
    }

    private Cookie cookie(String value, int maxAge) {
        return new Cookie(NAME, value, "/", maxAge, secure, true, null, SameSite.LAX);
    }
}
