package dev.plaza.web.pages;

import dev.plaza.core.Store;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.measures.Scope;
import dev.plaza.core.paging.PageRequest;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;

/** The Overview page: totals, and the twelve months of activity and of its measures up to the latest one. */
final class OverviewPage {

    static final int ALERTS_SHOWN = 10;

    private final PageSupport pages;

    OverviewPage(PageSupport pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        Store store = pages.store();
        long workspace = PageSupport.workspaceId(ctx);
        Dashboards dashboards = new Dashboards(store);
        Optional<Dashboards.Span> span = dashboards.span(workspace);
        Optional<LocalDate> to = span.map(Dashboards.Span::to);
        Optional<LocalDate> from = span.map(Dashboards.Span::from);
        ActivityChart chart = to.isEmpty() ? ActivityChart.EMPTY
                : ActivityChart.weekly(store.activities().daily(workspace, from.get(), to.get()), from.get(), to.get());
        Dashboard dashboard = dashboards.of(workspace, Scope.ALL, span);
        var open = store.conversations().list(workspace, Optional.of(ConversationStatus.OPEN), PageRequest.first(5));
        var alerts = store.alerts().open(workspace, java.time.Instant.now(), dev.plaza.core.alerts.Alerts.ANSWER_WITHIN, ALERTS_SHOWN);
        pages.render(ctx, "pages/overview.jte", new OverviewView(pages.frame(ctx, "Overview", "overview"),
                store.activities().totals(workspace), chart, Dashboard.json(chart), dashboard, from, to, open.items(), alerts));
    }
}
