package dev.plaza.web.api;

import dev.plaza.core.Store;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.reports.Resolution;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Set;

/**
 * Reports other servers sent about the workspace's accounts and posts: listed newest first, and
 * resolved once, in the name of the caller (a team member's name, or the token's).
 */
final class ReportEndpoints {

    private final Store store;
    private final Clock clock;

    ReportEndpoints(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void list(Context ctx) {
        PageRequest page = Query.of(ctx, Set.of("cursor", "limit")).page();
        Json.send(ctx, ListJson.of(store.reports().list(Caller.workspace(ctx), page), ReportJson::of));
    }

    void resolve(Context ctx) {
        Query.of(ctx, Set.of());
        Resolution resolution = new Resolution(Caller.of(ctx).name(), clock.instant());
        Json.send(ctx, ReportJson.of(store.reports().resolveOpen(Caller.workspace(ctx), Caller.pathId(ctx, "report"),
                resolution)));
    }
}
