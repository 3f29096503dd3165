package dev.plaza.web.pages;

import dev.plaza.core.Store;
import dev.plaza.core.advocacy.AdvocacyPost;
import dev.plaza.core.csv.CsvTable;
import dev.plaza.core.wordofmouth.Cascade;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** The Advocates page: who speaks for the brand unprompted, what they said, and how far it travelled. */
final class AdvocatesPage {

    static final int SHOWN = 50;
    static final int EXPORTED = 100_000;

    private final PageSupport pages;

    AdvocatesPage(PageSupport pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        Store store = pages.store();
        long workspace = PageSupport.workspaceId(ctx);
        List<AdvocacyPost> posts = store.advocates().recent(workspace, SHOWN);
        Map<Long, Cascade> cascades = store.wordOfMouth().of(workspace, posts.stream().map(p -> p.activity().id()).toList());
        pages.render(ctx, "pages/advocates.jte", new AdvocatesView(pages.frame(ctx, "Advocates", "advocates"),
                store.advocates().top(workspace, SHOWN), posts, cascades,
                // the twelve months up to the newest recommendation or answer, as the background job last counted them
                store.wordOfMouth().keptYear(workspace).map(k -> new WordOfMouthSummary(k.first(), k.last(), k.totals()))));
    }

    /** Every advocate as a spreadsheet: person, recommendations, answers, last. */
    void csv(Context ctx) {
        CsvTable table = new CsvTable(List.of("person_id", "person", "recommendations", "answers", "last_at"));
        pages.store().advocates().top(PageSupport.workspaceId(ctx), EXPORTED).forEach(a -> table.row(List.of(a.personId(),
                a.displayName(), a.recommendations(), a.answers(), a.lastAt())));
        PageSupport.csv(ctx, "advocates.csv", table);
    }
}
