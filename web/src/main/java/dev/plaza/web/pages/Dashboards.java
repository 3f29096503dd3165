package dev.plaza.web.pages;

import dev.plaza.core.Store;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityFilter;
import dev.plaza.core.measures.Scope;
import dev.plaza.core.paging.PageRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The dashboards' common span, the twelve months up to the workspace's latest activity, and each scope's dashboard over it. */
final class Dashboards {

    /** The days a dashboard covers, both included. */
    record Span(LocalDate from, LocalDate to) {
    }

    private final Store store;

    Dashboards(Store store) {
        this.store = store;
    }

    Optional<Span> span(long workspaceId) {
        return store.activities().list(workspaceId, ActivityFilter.ALL, PageRequest.first(1)).items().stream().findFirst()
                .map(Activity::at).map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC))
                .map(to -> new Span(to.minusMonths(12).plusDays(1), to));
    }

    Dashboard of(long workspaceId, Scope scope, Optional<Span> span) {
        return span.map(s -> Dashboard.of(scope, store.measures().daily(workspaceId, scope, s.from(), s.to()), s.from(), s.to()))
                .orElseGet(() -> Dashboard.of(scope, List.of(), LocalDate.now(ZoneOffset.UTC), LocalDate.now(ZoneOffset.UTC)));
    }
}
