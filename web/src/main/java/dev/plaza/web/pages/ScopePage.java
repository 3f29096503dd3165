package dev.plaza.web.pages;

import dev.plaza.core.measures.Scope;
import io.javalin.http.Context;

/** The dashboard of one community ({@code /communities/{id}}) or one channel ({@code /channels/{id}}). */
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

    private void show(Context ctx, Scope scope, String section, String inboxFilter) {
        long workspace = PageSupport.workspaceId(ctx);
        String name = names.name(workspace, scope);
        Dashboard dashboard = dashboards.of(workspace, scope, dashboards.span(workspace));
        long id = scope instanceof Scope.OfCommunity c ? c.communityId() : ((Scope.OfChannel) scope).channelId();
        pages.render(ctx, "pages/scope.jte", new ScopeView(pages.frame(ctx, name, section), name, section, dashboard,
                Fmt.url("/conversations", inboxFilter, Long.toString(id))));
    }
}
