package dev.plaza.web.api;

import dev.plaza.core.Store;
import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.measures.MeasureFilter;
import dev.plaza.core.measures.Measured;
import dev.plaza.core.measures.Scope;
import dev.plaza.core.sentiment.Sentiment;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/** The dashboards' measures of a scope, day by day, and the scored posts behind any point of them. */
final class MeasureEndpoints {

    private static final Set<String> POST_PARAMS = postParams();

    private final Store store;
    private final Scopes scopes;

    MeasureEndpoints(Store store) {
        this.store = store;
        this.scopes = new Scopes(store);
    }

    void daily(Context ctx) {
        Query query = Query.of(ctx, Set.of("scope", "from", "to"));
        long workspaceId = Caller.workspace(ctx);
        Scope scope = query.scope();
        LocalDate from = query.day("from");
        LocalDate to = query.day("to");
        requireSpan(from, to);
        scopes.requireOwned(workspaceId, scope);
        Json.send(ctx, new MeasuresJson(scope.key(), from, to,
                store.measures().daily(workspaceId, scope, from, to).stream().map(MeasureDayJson::of).toList()));
    }

    void posts(Context ctx) {
        Query query = Query.of(ctx, POST_PARAMS);
        long workspaceId = Caller.workspace(ctx);
        var filter = new MeasureFilter(query.scope(), query.day("from"), query.day("until"),
                query.parsed("sentiment", Sentiment::fromKey), query.parsed("advocacy", Advocacy::fromKey),
                query.parsed("measure", Measured::fromKey), query.id("person"));
        scopes.requireOwned(workspaceId, filter.scope());
        Json.send(ctx, ListJson.of(store.measures().posts(workspaceId, filter, query.page()), MeasuredPostJson::of));
    }

    private static void requireSpan(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the days run from %s to %s: 'to' comes before 'from'".formatted(from, to));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MeasureFilter.MAX_DAYS) {
            throw new IllegalArgumentException("from %s to %s is more than %d days: choose a shorter span"
                    .formatted(from, to, MeasureFilter.MAX_DAYS));
        }
    }

    private static Set<String> postParams() {
        Set<String> names = new HashSet<>(MeasureFilter.NAMES);
        names.addAll(Set.of("cursor", "limit"));
        return Set.copyOf(names);
    }
}
