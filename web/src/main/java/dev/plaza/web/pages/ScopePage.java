package dev.plaza.web.pages;

import dev.plaza.core.csv.CsvTable;
import dev.plaza.core.measures.MeasureFilter;
import dev.plaza.core.measures.Scope;
import io.javalin.http.Context;
import java.util.List;

/** The dashboard of one community ({@code /communities/{id}}) or one channel ({@code /channels/{id}}), and any scope's measures as CSV. */
final class ScopePage {

    private final PageSupport pages;
    private final ScopeNames names;
    private final Dashboards dashboards;

    ScopePage(PageSupport pages) {
        this.pages = pages;
        this.names = new ScopeNames(pages.store());
        this.dashboards = new Dashboards(pages.store());
    }

    void community(Context ctx) {
        show(ctx, new Scope.OfCommunity(PageSupport.pathId(ctx, "community-id")), "communities", "community");
    }

    void channel(Context ctx) {
        show(ctx, new Scope.OfChannel(PageSupport.pathId(ctx, "channel-id")), "channels", "channel");
    }

    /** A scope's daily measures over a span as a spreadsheet: {@code /measures.csv?scope=community:12&from=…&until=…}. */
    void csv(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        // the span and scope are checked as a drill-down's are
        MeasureFilter filter = MeasureFilter.parse(name -> PageSupport.param(ctx, name));
        Scope scope = filter.scope();
        names.name(workspace, scope);
        CsvTable table = new CsvTable(List.of("day", "negative", "neutral", "positive",
                "recommendations", "answers", "replies_to_brand", "mentions", "brand_replies", "goal_posts", "goal_posts_of_brand"));
        pages.store().measures().daily(workspace, scope, filter.from(), filter.until()).forEach(d -> table.row(List.of(d.day(),
                d.negative(), d.neutral(), d.positive(), d.recommendations(), d.answers(), d.repliesToBrand(), d.mentions(),
                d.brandReplies(), d.goalPosts(), d.goalPostsOfBrand())));
        PageSupport.csv(ctx, "measures-%s-%s-%s.csv".formatted(scope.key().replace(':', '-'), filter.from(), filter.until()), table);
    }

    private void show(Context ctx, Scope scope, String section, String inboxFilter) {
        long workspace = PageSupport.workspaceId(ctx);
        String name = names.name(workspace, scope);
        Dashboard dashboard = dashboards.of(workspace, scope, dashboards.span(workspace));
        long id = scope instanceof Scope.OfCommunity c ? c.communityId() : ((Scope.OfChannel) scope).channelId();
        pages.render(ctx, "pages/scope.jte", new ScopeView(pages.frame(ctx, name, section), name, section, dashboard,
                Fmt.url("/conversations", inboxFilter, Long.toString(id))));
    }
}
