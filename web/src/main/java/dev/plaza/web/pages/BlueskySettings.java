package dev.plaza.web.pages;

import dev.plaza.web.auth.Principal;
import dev.plaza.web.bluesky.BlueskyConnections;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Settings → Bluesky: the account the brand acts as on Bluesky and how its session stands; managers
 * connect one with its handle and an app password, and disconnect it.
 */
final class BlueskySettings {

    private static final String BACK = "/settings/bluesky";

    private final PageSupport pages;
    private final BlueskyConnections connections;

    BlueskySettings(PageSupport pages, BlueskyConnections connections) {
        this.pages = pages;
        this.connections = connections;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        pages.render(ctx, "settings/bluesky.jte", new BlueskyView(pages.frame(ctx, "Settings · Bluesky", "settings"),
                connections.account(workspace), connections.health(workspace)));
    }

    void connect(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        String identifier = PageSupport.form(ctx, "identifier");
        String password = PageSupport.form(ctx, "app_password");
        Optional<String> pds = Optional.of(PageSupport.form(ctx, "pds_url")).filter(url -> !url.isBlank());
        PageSupport.attempt(ctx, BACK, () -> {
            var account = connections.connect(workspace, identifier, password, pds, Principal.of(ctx).name());
            return "Connected @%s (%s) on %s: the Publish page can post there now.".formatted(account.handle(), account.did(),
                    account.pdsUrl());
        });
    }

    void disconnect(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        PageSupport.attempt(ctx, BACK, () -> connections.disconnect(workspace));
    }
}
