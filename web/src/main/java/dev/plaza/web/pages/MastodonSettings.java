package dev.plaza.web.pages;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.PlazaException;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.mastodon.MastodonAccount;
import dev.plaza.web.auth.AccessFilter;
import dev.plaza.web.auth.Principal;
import dev.plaza.web.mastodon.MastodonConnections;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.Optional;

/**
 * Settings → Mastodon: the workspace's connected accounts on Mastodon-compatible instances and how listening
 * through each goes; managers connect one (OAuth on its instance, then back to the callback), and pause or resume
 * listening through it.
 */
final class MastodonSettings {

    private static final String BACK = "/settings/mastodon";

    private final PageSupport pages;
    private final MastodonConnections connections;

    MastodonSettings(PageSupport pages, MastodonConnections connections) {
        this.pages = pages;
        this.connections = connections;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        pages.render(ctx, "settings/mastodon.jte", new MastodonView(pages.frame(ctx, "Settings · Mastodon", "settings"),
                connections.accounts(workspace), pages.store().channels().list(workspace),
                pages.store().channels().statuses(workspace)));
    }

    /** Sends the team member to the instance's authorize page, or back with what was wrong. */
    void connect(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        URI authorize;
        try {
            authorize = connections.begin(workspace, member(ctx), PageSupport.form(ctx, "instance"),
                    kind(PageSupport.form(ctx, "kind")));
        } catch (IllegalArgumentException | PlazaException e) {
            AccessFilter.session(ctx).ifPresent(s -> s.flash(e.getMessage(), true));
            ctx.redirect(BACK, HttpStatus.SEE_OTHER);
            return;
        }
        ctx.redirect(authorize.toString(), HttpStatus.SEE_OTHER);
    }

    /** Where the instance sends the team member back: with a code, or with {@code error=access_denied}. */
    void callback(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        String state = PageSupport.param(ctx, "state").orElse("");
        Optional<String> error = PageSupport.param(ctx, "error");
        PageSupport.attempt(ctx, BACK, () -> {
            if (error.isPresent()) {
                connections.refuse(workspace, member(ctx), state);
                return error.get().equals("access_denied")
                        ? "The connection was declined on the instance; nothing was connected."
                        : "The instance did not connect the account (%s); nothing was connected.".formatted(Fmt.excerpt(error.get(), 100));
            }
            String code = PageSupport.param(ctx, "code").orElseThrow(() -> new IllegalArgumentException(
                    "The instance sent no authorization code back; connect the account again."));
            MastodonAccount account = connections.complete(workspace, member(ctx), state, code);
            return "Connected %s on %s: Plaza listens to its mentions, its home timeline and the goal's hashtags."
                    .formatted(account.handle(), URI.create(account.instance()).getHost());
        });
    }

    void pause(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = account(ctx, workspace);
        PageSupport.attempt(ctx, BACK, () -> "Paused listening through %s; it resumes where it stopped."
                .formatted(pages.store().channels().pause(workspace, id).handle()));
    }

    void resume(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = account(ctx, workspace);
        PageSupport.attempt(ctx, BACK, () -> "Resumed listening through %s."
                .formatted(pages.store().channels().resume(workspace, id).handle()));
    }

    private long account(Context ctx, long workspace) {
        long id = PageSupport.pathId(ctx, "channel-id");
        pages.store().mastodonAccounts().find(workspace, id)
                .orElseThrow(() -> new NotFoundException("Mastodon account of channel", id));
        return id;
    }

    /** A session's team member; the callback is for people, never for API tokens. */
    private static long member(Context ctx) {
        return Principal.of(ctx).memberId().orElseThrow(() -> new IllegalArgumentException(
                "Connecting an account needs a team member's session."));
    }

    private static ChannelKind kind(String key) {
        return switch (key) {
            case "owned" -> ChannelKind.OWNED;
            case "personal" -> ChannelKind.PERSONAL;
            default -> throw new IllegalArgumentException(
                    "Choose whose account it is: the brand's own, or a team member's personal account.");
        };
    }
}
