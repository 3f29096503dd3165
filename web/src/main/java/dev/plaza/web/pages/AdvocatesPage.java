package dev.plaza.web.pages;

import dev.plaza.core.csv.CsvTable;
import io.javalin.http.Context;
import java.util.List;

/** The Advocates page: who speaks for the brand unprompted, and what they said. */
final class AdvocatesPage {

    static final int SHOWN = 50;
    static final int EXPORTED = 100_000;

    private final PageSupport pages;

    AdvocatesPage(PageSupport pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        pages.render(ctx, "pages/advocates.jte", new AdvocatesView(pages.frame(ctx, "Advocates", "advocates"),
                pages.store().advocates().top(workspace, SHOWN), pages.store().advocates().recent(workspace, SHOWN)));
    }

    /** Every advocate as a spreadsheet: person, recommendations, answers, last. */
    void csv(Context ctx) {
        CsvTable table = new CsvTable(List.of("person_id", "person", "recommendations", "answers", "last_at"));
        pages.store().advocates().top(PageSupport.workspaceId(ctx), EXPORTED).forEach(a -> table.row(List.of(a.personId(),
                a.displayName(), a.recommendations(), a.answers(), a.lastAt())));
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"advocates.csv\"")
                .result(table.text());
    }
}
