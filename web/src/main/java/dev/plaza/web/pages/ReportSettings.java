package dev.plaza.web.pages;

import dev.plaza.core.paging.Page;
import dev.plaza.core.reports.Report;
import dev.plaza.core.reports.Resolution;
import dev.plaza.web.auth.Principal;
import io.javalin.http.Context;
import java.time.Clock;

/**
 * Settings → Reports: what other servers reported about the brand's accounts and posts, newest
 * first, and marking a report resolved (by whom and when is kept).
 */
final class ReportSettings {

    private static final String BACK = "/settings/reports";
    static final int PAGE = 50;

    private final PageSupport pages;
    private final Clock clock;

    ReportSettings(PageSupport pages, Clock clock) {
        this.pages = pages;
        this.clock = clock;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        Page<Report> page = pages.store().reports().list(workspace, PeoplePages.request(ctx, PAGE));
        pages.render(ctx, "settings/reports.jte", new ReportsView(pages.frame(ctx, "Settings · Reports", "settings"),
                page.items().stream().map(r -> ReportsView.Row.of(r, pages.store().publishing())).toList(),
                page.nextCursor().map(cursor -> Fmt.url(BACK, "cursor", cursor))));
    }

    void resolve(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "report-id");
        Resolution resolution = new Resolution(Principal.of(ctx).name(), clock.instant());
        PageSupport.attempt(ctx, BACK, () -> "Report from %s marked resolved."
                .formatted(pages.store().reports().resolveOpen(workspace, id, resolution).reporterHandle()));
    }
}
