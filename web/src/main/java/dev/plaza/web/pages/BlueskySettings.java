package dev.plaza.web.pages;

import dev.plaza.core.PlazaException;
import dev.plaza.core.bluesky.BlueskyAccount;
import dev.plaza.web.auth.AccessFilter;
import dev.plaza.web.auth.Principal;
import dev.plaza.web.bluesky.BlueskyConnections;
import dev.plaza.web.bluesky.BlueskyExports;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Settings → Bluesky: the account the brand acts as on Bluesky and how its session stands; managers
 * connect one with its handle and an app password, disconnect it, and download its repository.
 */
final class BlueskySettings {

    private static final String BACK = "/settings/bluesky";

    private final PageSupport pages;
    private final BlueskyConnections connections;
    private final BlueskyExports exports;

    BlueskySettings(PageSupport pages, BlueskyConnections connections, BlueskyExports exports) {
        this.pages = pages;
        this.connections = connections;
        this.exports = exports;
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

    /** The repository as a CAR download; nothing is sent unless it verifies, and a failure goes back to the page. */
    void export(Context ctx) {
        Optional<BlueskyAccount> account = connections.account(PageSupport.workspaceId(ctx));
        if (account.isEmpty()) {
            PageSupport.attempt(ctx, BACK, () -> {
                throw new IllegalArgumentException("No Bluesky account is connected; there is no repository to download.");
            });
            return;
        }
        try {
            exports.write(account.get(), new Download(ctx, account.get()));
        } catch (PlazaException e) {
            AccessFilter.session(ctx).ifPresent(s -> s.flash(e.getMessage(), true));
            ctx.redirect(BACK, HttpStatus.SEE_OTHER);
        }
    }

    /** The response body, begun (headers and all) only at the first byte: a refused export can still redirect. */
    private static final class Download extends OutputStream {

        private final Context ctx;
        private final BlueskyAccount account;
        private OutputStream body;

        Download(Context ctx, BlueskyAccount account) {
            this.ctx = ctx;
            this.account = account;
        }

        @Override
        public void write(int b) throws IOException {
            body().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            body().write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            body().flush();
        }

        private OutputStream body() {
            if (body == null) {
                ctx.contentType("application/vnd.ipld.car");
                ctx.header("Content-Disposition", "attachment; filename=\"%s\""
                        .formatted(BlueskyExports.fileName(account, LocalDate.now(ZoneOffset.UTC))));
                body = ctx.outputStream();
            }
            return body;
        }
    }
}
