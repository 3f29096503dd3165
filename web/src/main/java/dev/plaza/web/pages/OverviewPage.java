package dev.plaza.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.plaza.core.Store;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityFilter;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.web.Json;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** The Overview page: totals, and the twelve months of activity and of its sentiment up to the latest one. */
final class OverviewPage {

    static final int ALERTS_SHOWN = 10;

    private final PageSupport pages;

    OverviewPage(PageSupport pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        Store store = pages.store();
        long workspace = PageSupport.workspaceId(ctx);
        Optional<LocalDate> to = store.activities().list(workspace, ActivityFilter.ALL, PageRequest.first(1))
                .items().stream().findFirst().map(Activity::at).map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC));
        Optional<LocalDate> from = to.map(day -> day.minusMonths(12).plusDays(1));
        ActivityChart chart = to.isEmpty() ? ActivityChart.EMPTY
                : ActivityChart.weekly(store.activities().daily(workspace, from.get(), to.get()), from.get(), to.get());
        SentimentChart sentiment = to.isEmpty() ? SentimentChart.EMPTY
                : SentimentChart.weekly(store.sentiments().daily(workspace, from.get(), to.get()), from.get(), to.get());
        var open = store.conversations().list(workspace, Optional.of(ConversationStatus.OPEN), PageRequest.first(5));
        var alerts = store.alerts().open(workspace, java.time.Instant.now(), dev.plaza.core.alerts.Alerts.ANSWER_WITHIN, ALERTS_SHOWN);
        pages.render(ctx, "pages/overview.jte", new OverviewView(pages.frame(ctx, "Overview", "overview"),
                store.activities().totals(workspace), chart, json(chart), sentiment, json(sentiment), from, to, open.items(), alerts));
    }

    private static String json(Object chart) {
        try {
            return Json.mapper().writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
