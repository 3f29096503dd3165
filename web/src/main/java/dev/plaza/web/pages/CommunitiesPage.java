package dev.plaza.web.pages;

import dev.plaza.core.csv.CsvTable;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** The Communities page, and its table as CSV. */
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

    /** Every community as a spreadsheet: where it is, what it is, how many take part, how recently. */
    void csv(Context ctx) {
        CsvTable table = new CsvTable(List.of("community_id", "name", "platform",
                "kind", "url", "activities", "people", "last_activity_at"));
        pages.store().communities().list(PageSupport.workspaceId(ctx)).forEach(s -> table.row(List.of(s.community().id(),
                s.community().name(), s.community().platform().key(), s.community().kind().name().toLowerCase(Locale.ROOT),
                s.community().url().orElse(""), s.activities(), s.people(), s.lastActivityAt().map(Object::toString).orElse(""))));
        PageSupport.csv(ctx, "communities.csv", table);
    }
}
