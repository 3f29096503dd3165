package dev.plaza.web.pages;

import dev.plaza.web.auth.Principal;
import dev.plaza.web.bluesky.BlueskyConnections;
import dev.plaza.web.bluesky.BlueskyMoving;
import dev.plaza.web.bluesky.MoveRequest;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Settings → Bluesky → Move (owners only): a guide to moving the brand's Bluesky account to another
 * server, each step with its state, polled while the steps run in the background; the emailed code is
 * pasted here, and a move is cancelled here until it touches the account's identity.
 */
final class BlueskyMoveSettings {

    static final String BACK = "/settings/bluesky/move";

    private final PageSupport pages;
    private final BlueskyConnections connections;
    private final BlueskyMoving moving;

    BlueskyMoveSettings(PageSupport pages, BlueskyConnections connections, BlueskyMoving moving) {
        this.pages = pages;
        this.connections = connections;
        this.moving = moving;
    }

    void show(Context ctx) {
        pages.render(ctx, "settings/bluesky-move.jte", view(ctx));
    }

    /** The steps alone, for htmx to poll while they run. */
    void progress(Context ctx) {
        BlueskyMoveView view = view(ctx);
        if (view.move().isEmpty()) {
            ctx.html("");
            return;
        }
        pages.render(ctx, "settings/bluesky-move-progress.jte", view);
    }

    void start(Context ctx) {
        MoveRequest request = new MoveRequest(PageSupport.form(ctx, "new_pds_url"), Optional.of(PageSupport.form(ctx, "new_handle")),
                PageSupport.form(ctx, "email"), raw(ctx, "account_password"), raw(ctx, "new_password"),
                Optional.of(PageSupport.form(ctx, "invite_code")));
        PageSupport.attempt(ctx, BACK, () -> {
            var move = moving.start(PageSupport.workspaceId(ctx), request, Principal.of(ctx).name());
            return "Moving @%s to %s: the steps run one after the other below.".formatted(move.newHandle(), move.newPdsUrl());
        });
    }

    void confirm(Context ctx) {
        PageSupport.attempt(ctx, BACK, () -> {
            moving.confirm(PageSupport.workspaceId(ctx), PageSupport.form(ctx, "token"));
            return "Thanks: pointing the account's identity at the new server…";
        });
    }

    void retry(Context ctx) {
        PageSupport.attempt(ctx, BACK, () -> {
            moving.retry(PageSupport.workspaceId(ctx));
            return "Trying the step again…";
        });
    }

    void newCode(Context ctx) {
        PageSupport.attempt(ctx, BACK, () -> {
            moving.newCode(PageSupport.workspaceId(ctx));
            return "Asked the old server to email a new code.";
        });
    }

    void cancel(Context ctx) {
        PageSupport.attempt(ctx, BACK, () -> moving.cancel(PageSupport.workspaceId(ctx)));
    }

    private BlueskyMoveView view(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        return new BlueskyMoveView(pages.frame(ctx, "Settings · Bluesky · Move", "settings"), connections.account(workspace),
                moving.status(workspace));
    }

    /** A password as typed: spaces at its ends may be part of it. */
    private static String raw(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
