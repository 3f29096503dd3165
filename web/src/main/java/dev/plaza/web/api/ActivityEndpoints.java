package dev.plaza.web.api;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.Store;
import dev.plaza.core.activity.ActivityFilter;
import io.javalin.http.Context;
import java.util.Set;

/** The activity log, newest first. */
final class ActivityEndpoints {

    private final Store store;

    ActivityEndpoints(Store store) {
        this.store = store;
    }

    void list(Context ctx) {
        Query query = Query.of(ctx, Set.of("platform", "kind", "person_id", "conversation_id", "from", "until", "cursor", "limit"));
        var filter = new ActivityFilter(query.id("person_id"), query.platform(), query.kind(), query.id("conversation_id"),
                query.days());
        var page = store.activities().list(Caller.workspace(ctx), filter, query.page());
        Json.send(ctx, ListJson.of(page, ActivityJson::of));
    }

    void get(Context ctx) {
        Query.of(ctx, Set.of());
        long activityId = Caller.pathId(ctx, "activity");
        Json.send(ctx, store.activities().find(Caller.workspace(ctx), activityId)
                .map(ActivityJson::of)
                .orElseThrow(() -> new NotFoundException("activity", activityId)));
    }
}
