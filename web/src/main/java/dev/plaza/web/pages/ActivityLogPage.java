package dev.plaza.web.pages;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityFilter;
import dev.plaza.core.activity.DaySpan;
import dev.plaza.core.community.Platform;
import dev.plaza.core.csv.CsvTable;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.Identity;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that happened on a platform over some days ({@code /activity?platform=…&from=…&until=…}),
 * likes and reposts included: the activities behind a point of the Overview's activity chart, which
 * counts every one of them on its day, newest first, a page at a time or all of them as CSV.
 */
final class ActivityLogPage {

    static final int SHOWN = 50;
    static final int EXPORTED = 100_000;

    private final PageSupport pages;

    ActivityLogPage(PageSupport pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        ActivityFilter filter = filter(ctx);
        PageRequest request = PageSupport.param(ctx, "cursor").map(c -> PageRequest.after(c, SHOWN)).orElse(PageRequest.first(SHOWN));
        Page<Activity> page = pages.store().activities().list(workspace, filter, request);
        Map<String, String> parameters = parameters(filter);
        Optional<String> next = page.nextCursor().map(cursor -> {
            Map<String, String> more = new LinkedHashMap<>(parameters);
            more.put("cursor", cursor);
            return Fmt.url("/activity", more);
        });
        pages.render(ctx, "pages/activity-log.jte", new ActivityLogView(pages.frame(ctx, "Activity", "overview"), describe(filter),
                page.items(), authors(workspace, page.items()), next, Fmt.url("/activity.csv", parameters)));
    }

    /** Every activity of the span as a spreadsheet, up to {@value #EXPORTED}. */
    void csv(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        ActivityFilter filter = filter(ctx);
        CsvTable table = new CsvTable(List.of("activity_id", "at", "platform", "kind", "person_id", "author", "handle", "text",
                "in_reply_to", "target", "url"));
        PageSupport.eachPage(request -> pages.store().activities().list(workspace, filter, request), EXPORTED, activities -> {
            Map<Long, Identity> authors = authors(workspace, activities);
            for (Activity activity : activities) {
                Optional<Identity> author = Optional.ofNullable(authors.get(activity.authorIdentityId()));
                table.row(List.of(activity.id(), activity.at(), activity.platform().key(), activity.kind().key(),
                        author.map(a -> (Object) a.personId()).orElse(""), author.map(Identity::displayName).orElse(""),
                        author.map(Identity::handle).orElse(""), activity.text(), activity.inReplyToUri().orElse(""),
                        activity.targetUri().orElse(""), activity.url().orElse("")));
            }
        });
        DaySpan days = filter.days().orElseThrow();
        PageSupport.csv(ctx, "activity-%s-%s.csv".formatted(days.from(), days.until()), table);
    }

    private Map<Long, Identity> authors(long workspace, List<Activity> activities) {
        return pages.store().people().identities(workspace, activities.stream().map(Activity::authorIdentityId).distinct().toList());
    }

    private static ActivityFilter filter(Context ctx) {
        return ActivityFilter.during(DaySpan.parse(name -> PageSupport.param(ctx, name)),
                PageSupport.param(ctx, "platform").map(Platform::fromKey));
    }

    private static Map<String, String> parameters(ActivityFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        filter.platform().ifPresent(p -> parameters.put("platform", p.key()));
        DaySpan days = filter.days().orElseThrow();
        parameters.put("from", days.from().toString());
        parameters.put("until", days.until().toString());
        return parameters;
    }

    /** "Everything on Bluesky, 6 to 12 Apr 2026". */
    static String describe(ActivityFilter filter) {
        DaySpan days = filter.days().orElseThrow();
        String where = filter.platform().map(p -> "Everything on " + p.label()).orElse("Everything on every platform");
        return where + ", " + Fmt.days(days);
    }
}
