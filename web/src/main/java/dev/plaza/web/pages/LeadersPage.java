package dev.plaza.web.pages;

import dev.plaza.core.csv.CsvTable;
import dev.plaza.core.paging.PageRequest;
import io.javalin.http.Context;
import java.util.List;
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

    /** The ranking shown as a spreadsheet: rank, person, score and the evidence. */
    void csv(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        Optional<Long> community = PageSupport.param(ctx, "community").map(LeadersPage::communityId);
        CsvTable table = new CsvTable(List.of("rank", "person_id", "person", "score",
                "repliers", "mentioners", "boosters"));
        pages.store().leaders().of(workspace, community, PageRequest.MAX_LIMIT).forEach(l -> table.row(
                List.of(l.rank(), l.personId(), l.displayName(), l.score(), l.repliers(), l.mentioners(), l.boosters())));
        PageSupport.csv(ctx, "leaders.csv", table);
    }

    private static long communityId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'%s' is not a community's number".formatted(raw), e);
        }
    }
}
