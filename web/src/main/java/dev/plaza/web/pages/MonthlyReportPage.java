package dev.plaza.web.pages;

import dev.plaza.core.Store;
import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.engagement.EngagementLevel;
import dev.plaza.core.measures.MeasureFilter;
import dev.plaza.core.measures.Scope;
import dev.plaza.core.paging.PageRequest;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The monthly report ({@code /reports/monthly?month=2026-10}): one printable page, saved as PDF from the
 * browser's print dialog; by default the month of the community's latest activity.
 */
final class MonthlyReportPage {

    static final int LISTED = 5;

    private final PageSupport pages;

    MonthlyReportPage(PageSupport pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        Store store = pages.store();
        YearMonth month = PageSupport.param(ctx, "month").map(MonthlyReportPage::month)
                .or(() -> new Dashboards(store).span(workspace).map(span -> YearMonth.from(span.to())))
                .orElse(YearMonth.now(ZoneOffset.UTC));
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        YearMonth before = month.minusMonths(1);
        Dashboard dashboard = Dashboard.of(Scope.ALL, store.measures().daily(workspace, Scope.ALL, first, last), first, last);
        Dashboard previous = Dashboard.of(Scope.ALL, store.measures().daily(workspace, Scope.ALL, before.atDay(1), before.atEndOfMonth()),
                before.atDay(1), before.atEndOfMonth());
        var recommendations = store.measures().posts(workspace, new MeasureFilter(Scope.ALL, first, last, Optional.empty(),
                Optional.of(Advocacy.RECOMMENDATION), Optional.empty(), Optional.empty()), PageRequest.first(LISTED)).items();
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        Frame frame = pages.frame(ctx, "Report for " + month, "overview");
        pages.render(ctx, "pages/monthly-report.jte", new MonthlyReportView(frame,
                frame.workspace().map(dev.plaza.core.community.Workspace::name).orElse(""), month, dashboard, previous,
                store.wordOfMouth().keptMonth(workspace, first).map(dev.plaza.core.wordofmouth.KeptWordOfMouth::totals),
                store.engagement().months(workspace, first, first).stream().findFirst(), recommendations,
                store.leaders().of(workspace, Optional.empty(), LISTED),
                store.engagement().gravity(workspace, first, Optional.of(EngagementLevel.AMBASSADOR), Optional.empty(), LISTED),
                "/reports/monthly?month=" + before, month.isBefore(now) ? Optional.of("/reports/monthly?month=" + month.plusMonths(1))
                        : Optional.empty()));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a month is YYYY-MM, not '%s'".formatted(text), e);
        }
    }
}
