package dev.plaza.web.pages;

import io.javalin.http.Context;

/** The Communities page. */
final class CommunitiesPage {

    private final PageSupport pages;

    CommunitiesPage(PageSupport pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        pages.render(ctx, "pages/communities.jte", new CommunitiesView(pages.frame(ctx, "Communities", "communities"),
                pages.store().communities().list(workspace), pages.store().communities().blockedDomains(workspace)));
    }
}
