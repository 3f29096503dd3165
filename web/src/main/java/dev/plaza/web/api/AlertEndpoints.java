package dev.plaza.web.api;

import dev.plaza.core.Store;
import dev.plaza.core.alerts.Alerts;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Set;

/** The alerts that stand now, as the Overview's "Needs attention" shows them. */
final class AlertEndpoints {

    private final Store store;
    private final Clock clock;

    AlertEndpoints(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void list(Context ctx) {
        int limit = Query.of(ctx, Set.of("limit")).limit();
        var alerts = store.alerts().open(Caller.workspace(ctx), clock.instant(), Alerts.ANSWER_WITHIN, limit);
        Json.send(ctx, ListJson.complete(alerts.stream().limit(limit).toList(), AlertJson::of));
    }
}
