package dev.plaza.web.pages;

import io.javalin.http.Context;
import java.util.Optional;

/** The Leaders page: who leads the conversation, in the whole community or in one place of it. */
final class LeadersPage {

    static final int SHOWN = 25;

    private final PageSupport pages;

    LeadersPage(PageSupport pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        Optional<Long> community = PageSupport.param(ctx, "community").map(LeadersPage::communityId);
        pages.render(ctx, "pages/leaders.jte", new LeadersView(pages.frame(ctx, "Leaders", "leaders"),
                pages.store().leaders().of(workspace, community, SHOWN), pages.store().communities().list(workspace), community));
    }

    private static long communityId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'%s' is not a community's number".formatted(raw), e);
        }
    }
}
