package dev.plaza.web.pages;

import dev.plaza.core.PlazaException;
import dev.plaza.core.team.IssuedToken;
import dev.plaza.core.team.Role;
import dev.plaza.web.auth.AccessFilter;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/** Settings → API tokens (owners only). A new token's secret is shown once, on the page that made it. */
final class TokenSettings {

    private final PageSupport pages;

    TokenSettings(PageSupport pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        render(ctx, Optional.empty());
    }

    void create(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        IssuedToken issued;
        try {
            String name = PageSupport.form(ctx, "name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a token needs a name that says what uses it");
            }
            issued = pages.store().apiTokens().create(workspace, name, Role.fromKey(PageSupport.form(ctx, "role")));
        } catch (IllegalArgumentException | PlazaException e) {
            AccessFilter.session(ctx).ifPresent(s -> s.flash(e.getMessage(), true));
            ctx.redirect("/settings/tokens", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(HttpStatus.CREATED);
        render(ctx, Optional.of(issued));
    }

    void revoke(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "token-id");
        PageSupport.attempt(ctx, "/settings/tokens", () -> {
            pages.store().apiTokens().revoke(workspace, id);
            return "Revoked the token; it no longer works.";
        });
    }

    private void render(Context ctx, Optional<IssuedToken> issued) {
        long workspace = PageSupport.workspaceId(ctx);
        pages.render(ctx, "settings/tokens.jte", new TokensView(pages.frame(ctx, "Settings · API tokens", "settings"),
                pages.store().apiTokens().list(workspace), issued));
    }
}
