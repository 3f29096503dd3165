package dev.plaza.web.pages;

import dev.plaza.federation.blocks.Blocking;
import io.javalin.http.Context;

/**
 * Settings → Blocks: the accounts and servers the brand blocks, with when and why; blocking an
 * account (by handle or actor URL) or a server, and lifting a block.
 */
final class BlockSettings {

    private static final String BACK = "/settings/blocks";

    private final PageSupport pages;
    private final Blocking blocking;

    BlockSettings(PageSupport pages, Blocking blocking) {
        this.pages = pages;
        this.blocking = blocking;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        pages.render(ctx, "settings/blocks.jte", new BlocksView(pages.frame(ctx, "Settings · Blocks", "settings"),
                pages.store().blocks().actors(workspace), pages.store().communities().blockedDomains(workspace)));
    }

    void blockAccount(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        PageSupport.attempt(ctx, BACK, () -> "Blocked %s. Follows both ways ended, and the account was told."
                .formatted(blocking.blockAccount(workspace, PageSupport.form(ctx, "account"), PageSupport.form(ctx, "reason"))
                        .label()));
    }

    void unblockAccount(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "block-id");
        PageSupport.attempt(ctx, BACK, () -> "Unblocked %s; it may follow the brand again."
                .formatted(blocking.unblockAccount(workspace, id).label()));
    }

    void blockDomain(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        PageSupport.attempt(ctx, BACK, () -> "Blocked %s and its subdomains. Follows with its accounts ended."
                .formatted(blocking.blockDomain(workspace, PageSupport.form(ctx, "domain"), PageSupport.form(ctx, "reason"))
                        .domain()));
    }

    void unblockDomain(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        String domain = PageSupport.form(ctx, "domain");
        PageSupport.attempt(ctx, BACK, () -> {
            blocking.unblockDomain(workspace, domain);
            return "Unblocked %s.".formatted(domain);
        });
    }
}
