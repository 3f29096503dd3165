package dev.plaza.web.pages;

import dev.plaza.core.team.TeamMember;
import dev.plaza.web.Paths;
import dev.plaza.web.auth.AccessFilter;
import dev.plaza.web.auth.LoginThrottle;
import dev.plaza.web.auth.Principal;
import dev.plaza.web.auth.Session;
import dev.plaza.web.auth.SessionCookie;
import dev.plaza.web.auth.Sessions;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Login and logout. There is no sign-up: owners add team members in Settings. */
final class LoginPage {

    private static final Logger LOG = LoggerFactory.getLogger(LoginPage.class);

    private final PageSupport pages;
    private final Sessions sessions;
    private final SessionCookie cookie;
    private final LoginThrottle throttle;

    LoginPage(PageSupport pages, Sessions sessions, SessionCookie cookie, LoginThrottle throttle) {
        this.pages = pages;
        this.sessions = sessions;
        this.cookie = cookie;
        this.throttle = throttle;
    }

    void show(Context ctx) {
        String next = Paths.safeNext(ctx.queryParam("next"));
        if (Principal.find(ctx).isPresent()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        if (AccessFilter.session(ctx).isEmpty()) {
            Session session = sessions.anonymous();
            cookie.write(ctx, session);
            ctx.attribute(AccessFilter.SESSION_ATTRIBUTE, session);
        }
        render(ctx, next, "", Optional.empty(),
                ctx.queryParam("logged_out") != null ? Optional.of("You have logged out.") : Optional.empty());
    }

    void submit(Context ctx) {
        String email = PageSupport.form(ctx, "email");
        String next = Paths.safeNext(ctx.formParam("next"));
        String address = ctx.ip();
        Optional<Duration> wait = throttle.delay(email, address);
        if (wait.isPresent()) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            ctx.header("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
            render(ctx, next, email, Optional.of("Too many failed attempts. Try again in %d seconds."
                    .formatted(Math.max(1, wait.get().toSeconds()))), Optional.empty());
            return;
        }
        String raw = ctx.formParam("password");
        char[] password = raw == null ? new char[0] : raw.toCharArray();
        Optional<TeamMember> member;
        try {
            member = email.isEmpty() || password.length == 0 ? Optional.empty()
                    : pages.store().team().authenticate(email, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        if (member.isEmpty()) {
            throttle.failed(email, address);
            LOG.atInfo().addKeyValue("address", address).log("failed login");
            render(ctx, next, email, Optional.of("That email and password do not match a team member."),
                    Optional.empty());
            return;
        }
        throttle.succeeded(email, address);
        Session session = sessions.rotate(AccessFilter.session(ctx), member.get().id());
        cookie.write(ctx, session);
        LOG.atInfo().addKeyValue("member", member.get().id()).log("login");
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    void logout(Context ctx) {
        AccessFilter.session(ctx).ifPresent(s -> sessions.invalidate(s.id()));
        cookie.clear(ctx);
        ctx.redirect("/login?logged_out", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, String next, String email, Optional<String> error, Optional<String> notice) {
        pages.render(ctx, "pages/login.jte",
                new LoginView(pages.frame(ctx, "Log in", "login"), next, email, error, notice));
    }
}
