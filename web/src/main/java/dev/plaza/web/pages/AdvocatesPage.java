package dev.plaza.web.pages;

import io.javalin.http.Context;

/** The Advocates page: who speaks for the brand unprompted, and what they said. */
final class AdvocatesPage {

    static final int SHOWN = 50;

    private final PageSupport pages;

    AdvocatesPage(PageSupport pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        pages.render(ctx, "pages/advocates.jte", new AdvocatesView(pages.frame(ctx, "Advocates", "advocates"),
                pages.store().advocates().top(workspace, SHOWN), pages.store().advocates().recent(workspace, SHOWN)));
    }
}
