package dev.plaza.web.api;

import dev.plaza.core.Store;
import dev.plaza.core.engagement.EngagementLevel;
import dev.plaza.core.engagement.Movement;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** Engagement month by month: levels, movement and the relationship with the brand; retention cohorts; the people of a month. */
final class EngagementEndpoints {

    /** The longest span one answer covers, in months. */
    static final int MAX_MONTHS = 36;

    private final Store store;

    EngagementEndpoints(Store store) {
        this.store = store;
    }

    void months(Context ctx) {
        long workspaceId = Caller.workspace(ctx);
        Span span = span(Query.of(ctx, Set.of("from", "to")), workspaceId);
        Json.send(ctx, new EngagementMonthsJson(span.from(), span.to(),
                store.engagement().months(workspaceId, span.from(), span.to()).stream().map(EngagementMonthJson::of).toList()));
    }

    void cohorts(Context ctx) {
        long workspaceId = Caller.workspace(ctx);
        Span span = span(Query.of(ctx, Set.of("from", "to")), workspaceId);
        Json.send(ctx, ListJson.complete(store.engagement().cohorts(workspaceId, span.from(), span.to()), CohortJson::of));
    }

    void people(Context ctx) {
        Query query = Query.of(ctx, Set.of("month", "level", "moved", "limit"));
        LocalDate month = query.day("month").withDayOfMonth(1);
        var level = query.parsed("level", EngagementLevel::parse);
        int limit = query.limit();
        Json.send(ctx, ListJson.complete(store.engagement().gravity(Caller.workspace(ctx), month, level,
                query.parsed("moved", Movement::fromKey), limit), PersonEngagementJson::of));
    }

    /** The months asked for (first days), or the twelve up to the latest measured. */
    private Span span(Query query, long workspaceId) {
        LocalDate to = query.text("to").map(t -> query.day("to"))
                .or(() -> store.engagement().latestMonth(workspaceId))
                .orElse(LocalDate.now(ZoneOffset.UTC)).withDayOfMonth(1);
        LocalDate from = query.text("from").map(t -> query.day("from")).orElse(to.minusMonths(11)).withDayOfMonth(1);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the months run from %s to %s: 'to' comes before 'from'".formatted(from, to));
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw new IllegalArgumentException("from %s to %s is more than %d months: choose a shorter span".formatted(from, to, MAX_MONTHS));
        }
        return new Span(from, to);
    }

    private record Span(LocalDate from, LocalDate to) {
    }
}
