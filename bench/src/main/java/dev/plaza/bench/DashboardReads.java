package dev.plaza.bench;

import dev.plaza.core.activity.ActivityFilter;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationOrder;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.activity.DaySpan;
import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyPost;
import dev.plaza.core.alerts.Alerts;
import dev.plaza.core.community.Platform;
import dev.plaza.core.measures.MeasureFilter;
import dev.plaza.core.measures.Measured;
import dev.plaza.core.measures.Scope;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.store.PlazaStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every read the dashboard pages make, through the store's API with the pages' arguments: the Overview,
 * a community's and a channel's dashboard, the activities and the posts behind a chart's point (first
 * and third page), the Advocates and Leaders pages, a busy person's page, the brand's own person's page
 * and the inbox sorted by what waits for the brand.
 */
final class DashboardReads {

    /** The pages' sizes: ActivitiesPage, AdvocatesPage, LeadersPage, ConversationPages, OverviewPage. */
    private static final int POSTS = 50;
    private static final int ADVOCATES = 50;
    private static final int LEADERS = 25;
    private static final int INBOX = 25;
    private static final int ALERTS = 10;

    private final PlazaStore store;
    private final long w;

    DashboardReads(PlazaStore store, long workspace) {
        this.store = store;
        this.w = workspace;
    }

    void measure(Latencies latencies, long community, long channel, long person, long brandPerson) {
        Instant latest = store.activities().list(w, ActivityFilter.ALL, PageRequest.first(1)).items().getFirst().at();
        LocalDate to = LocalDate.ofInstant(latest, ZoneOffset.UTC);
        LocalDate from = to.minusMonths(12).plusDays(1);
        LocalDate weekStart = to.minusDays(6);
        // the Overview
        latencies.measure("span: the latest activity", () -> store.activities().list(w, ActivityFilter.ALL, PageRequest.first(1)).items().size());
        latencies.measure("activities daily, a year", () -> store.activities().daily(w, from, to).size());
        latencies.measure("totals", () -> (int) Math.min(Integer.MAX_VALUE, store.activities().totals(w).activities()));
        latencies.measure("measures daily, all", () -> store.measures().daily(w, Scope.ALL, from, to).size());
        latencies.measure("open conversations, 5", () -> store.conversations().list(w, Optional.of(ConversationStatus.OPEN),
                PageRequest.first(5)).items().size());
        latencies.measure("alerts open", () -> store.alerts().open(w, latest.plusSeconds(3600), Alerts.ANSWER_WITHIN, ALERTS).size());
        // the activities behind a point of the Overview's activity chart: a busy platform's week, and a rare one's
        DaySpan week = new DaySpan(weekStart, to);
        pages(latencies, "activity, a week on Bluesky", request -> store.activities().list(w,
                ActivityFilter.during(week, Optional.of(Platform.BLUESKY)), request), POSTS);
        latencies.measure("activity, a week on a rare platform", () -> store.activities().list(w,
                ActivityFilter.during(week, Optional.of(Platform.LENS)), PageRequest.first(POSTS)).items().size());
        // a platform's, a community's and a channel's dashboard
        latencies.measure("measures daily, a platform", () -> store.measures().daily(w, new Scope.OfPlatform(Platform.BLUESKY), from, to).size());
        latencies.measure("measures daily, a community", () -> store.measures().daily(w, new Scope.OfCommunity(community), from, to).size());
        latencies.measure("measures daily, a channel", () -> store.measures().daily(w, new Scope.OfChannel(channel), from, to).size());
        // the posts behind a point of a chart
        drillDown(latencies, "negative, all", new MeasureFilter(Scope.ALL, weekStart, to, Optional.of(Sentiment.NEGATIVE),
                Optional.empty(), Optional.empty(), Optional.empty()));
        drillDown(latencies, "negative, a community", new MeasureFilter(new Scope.OfCommunity(community), weekStart, to,
                Optional.of(Sentiment.NEGATIVE), Optional.empty(), Optional.empty(), Optional.empty()));
        drillDown(latencies, "recommendations, all", new MeasureFilter(Scope.ALL, weekStart, to, Optional.empty(),
                Optional.of(Advocacy.RECOMMENDATION), Optional.empty(), Optional.empty()));
        drillDown(latencies, "share of voice, all", new MeasureFilter(Scope.ALL, weekStart, to, Optional.empty(), Optional.empty(),
                Optional.of(Measured.GOAL_OF_BRAND), Optional.empty()));
        // the Advocates page
        latencies.measure("advocates top 50", () -> store.advocates().top(w, ADVOCATES).size());
        latencies.measure("advocates recent 50", () -> store.advocates().recent(w, ADVOCATES).size());
        List<AdvocacyPost> recent = store.advocates().recent(w, ADVOCATES);
        List<Long> recentIds = recent.stream().map(p -> p.activity().id()).toList();
        latencies.measure("word of mouth of 50", () -> store.wordOfMouth().of(w, recentIds).size());
        LocalDate last = LocalDate.ofInstant(recent.getFirst().activity().at(), ZoneOffset.UTC);
        // the background job's count of the year and a month from the kept cascades (not a page's read: the pages read what it kept)
        latencies.measure("word of mouth counted and kept, the year and a month", () -> {
            store.wordOfMouth().keep(w, 1, Instant.now());
            return 2;
        });
        latencies.measure("word of mouth kept, a year", () -> store.wordOfMouth().keptYear(w).isPresent() ? 1 : 0);
        latencies.measure("word of mouth kept, a month", () -> store.wordOfMouth().keptMonth(w, last.withDayOfMonth(1)).isPresent() ? 1 : 0);
        // the Leaders page
        latencies.measure("leaders, all", () -> store.leaders().of(w, Optional.empty(), LEADERS).size());
        latencies.measure("leaders, a community", () -> store.leaders().of(w, Optional.of(community), LEADERS).size());
        // the Engagement page and the monthly report's people
        LocalDate month = store.engagement().latestMonth(w).orElseThrow(() -> new IllegalStateException("engagement was not kept"));
        latencies.measure("engagement, a year of months", () -> store.engagement().months(w, month.minusMonths(11), month).size());
        latencies.measure("engagement, the latest month's movement", () -> store.engagement().flows(w, month).size());
        latencies.measure("engagement, retention cohorts", () -> store.engagement().cohorts(w, month.minusMonths(11), month).size());
        latencies.measure("engagement, the most gravity", () -> store.engagement()
                .gravity(w, month, Optional.empty(), Optional.empty(), 20).size());
        latencies.measure("engagement, people who moved away", () -> store.engagement()
                .gravity(w, month, Optional.empty(), Optional.of(dev.plaza.core.engagement.Movement.DOWN), 100).size());
        latencies.measure("engagement, the newcomers", () -> store.engagement()
                .gravity(w, month, Optional.empty(), Optional.of(dev.plaza.core.engagement.Movement.ARRIVED), 100).size());
        // a busy person's page, and the brand's own (its account writes one activity in 23)
        personPage(latencies, "a person", person, month);
        personPage(latencies, "the brand's person", brandPerson, month);
        // the inbox, what waits for the brand first
        ConversationFilter attention = ConversationFilter.ALL.withOrder(ConversationOrder.ATTENTION);
        pages(latencies, "inbox by attention", request -> store.conversations().list(w, attention, request), INBOX);
    }

    private void personPage(Latencies latencies, String who, long person, LocalDate month) {
        latencies.measure("relationship of " + who, () -> (int) store.relationships().of(w, person).activeMonths());
        latencies.measure("sentiments of " + who, () -> store.sentiments().ofPerson(w, person).size());
        latencies.measure("advocate of " + who, () -> store.advocates().ofPerson(w, person).isPresent() ? 1 : 0);
        latencies.measure("posts of " + who + " by month", () -> store.sentiments().ofPersonByMonth(w, person, month.minusMonths(11), month).size());
        latencies.measure("engagement of " + who, () -> store.engagement().ofPerson(w, person, month.minusMonths(11), month).size());
    }

    private void drillDown(Latencies latencies, String name, MeasureFilter filter) {
        pages(latencies, "posts, a week, " + name, request -> store.measures().posts(w, filter, request), POSTS);
    }

    /** The first page and the third, as someone clicking "more" twice reaches it. */
    private static <T> void pages(Latencies latencies, String name, Function<PageRequest, Page<T>> read, int size) {
        latencies.measure(name + ", page 1", () -> read.apply(PageRequest.first(size)).items().size());
        Page<T> second = read.apply(PageRequest.after(read.apply(PageRequest.first(size)).nextCursor().orElseThrow(
                () -> new IllegalStateException(name + " has a single page: the fill is too small to measure a third")), size));
        String third = second.nextCursor().orElseThrow(() -> new IllegalStateException(name + " has two pages only"));
        latencies.measure(name + ", page 3", () -> read.apply(PageRequest.after(third, size)).items().size());
    }
}
