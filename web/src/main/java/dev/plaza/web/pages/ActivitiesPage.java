package dev.plaza.web.pages;

import dev.plaza.core.activity.DaySpan;
import dev.plaza.core.csv.CsvTable;
import dev.plaza.core.measures.MeasureFilter;
import dev.plaza.core.measures.MeasuredPost;
import dev.plaza.core.measures.Scope;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The posts behind any point of a dashboard's charts ({@code /activities?scope=…&from=…&until=…&sentiment=…}):
 * exactly those its measure counted, newest first, a page at a time or all of them as CSV.
 */
final class ActivitiesPage {

    static final int SHOWN = 50;
    static final int EXPORTED = 100_000;

    private final PageSupport pages;
    private final ScopeNames names;

    ActivitiesPage(PageSupport pages) {
        this.pages = pages;
        this.names = new ScopeNames(pages.store());
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        MeasureFilter filter = filter(ctx);
        String scopeName = names.name(workspace, filter.scope()) + author(workspace, filter);
        PageRequest request = PageSupport.param(ctx, "cursor").map(c -> PageRequest.after(c, SHOWN)).orElse(PageRequest.first(SHOWN));
        Page<MeasuredPost> page = pages.store().measures().posts(workspace, filter, request);
        Map<String, String> parameters = filter.toParameters();
        Optional<String> next = page.nextCursor().map(cursor -> {
            Map<String, String> more = new java.util.LinkedHashMap<>(parameters);
            more.put("cursor", cursor);
            return Fmt.url("/activities", more);
        });
        pages.render(ctx, "pages/activities.jte", new ActivitiesView(pages.frame(ctx, "Posts", "overview"), filter, scopeName,
                describe(filter, scopeName), page.items(), next, Fmt.url("/activities.csv", parameters), dashboardOf(filter)));
    }

    /** Every post behind the point as a spreadsheet. */
    void csv(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        MeasureFilter filter = filter(ctx);
        names.name(workspace, filter.scope());
        author(workspace, filter);
        CsvTable table = new CsvTable(List.of("activity_id", "at", "platform", "kind", "person_id", "author", "handle",
                "sentiment", "confidence", "advocacy", "text", "url"));
        PageSupport.eachPage(request -> pages.store().measures().posts(workspace, filter, request), EXPORTED, posts -> {
            for (MeasuredPost post : posts) {
                table.row(List.of(post.activity().id(), post.activity().at(), post.activity().platform().key(),
                        post.activity().kind().key(), post.personId(), post.authorName(), post.authorHandle(), post.sentiment().key(),
                        Math.round(post.confidence() * 100) / 100.0, post.advocacy().map(a -> a.key()).orElse(""), post.activity().text(),
                        post.activity().url().orElse("")));
            }
        });
        PageSupport.csv(ctx, "posts-%s-%s.csv".formatted(filter.from(), filter.until()), table);
    }

    /** " by NAME" when the filter keeps one person's posts (of this workspace), else nothing. */
    private String author(long workspace, MeasureFilter filter) {
        return filter.personId().map(id -> " by " + pages.store().people().find(workspace, id)
                .orElseThrow(() -> new dev.plaza.core.NotFoundException("person", id)).displayName()).orElse("");
    }

    private static MeasureFilter filter(Context ctx) {
        return MeasureFilter.parse(name -> PageSupport.param(ctx, name));
    }

    /** Where the scope's dashboard is. */
    static String dashboardOf(MeasureFilter filter) {
        return filter.personId().map(id -> "/people/" + id).orElseGet(() -> dashboardOf(filter.scope()));
    }

    static String dashboardOf(Scope scope) {
        return switch (scope) {
            case Scope.OfCommunity c -> "/communities/" + c.communityId();
            case Scope.OfChannel c -> "/channels/" + c.channelId();
            default -> "/";
        };
    }

    /** "Negative posts in social.example, 6 to 12 Apr 2026". */
    static String describe(MeasureFilter filter, String scopeName) {
        List<String> what = new ArrayList<>();
        filter.sentiment().ifPresent(s -> what.add(s.key()));
        String kind = filter.advocacy().map(a -> switch (a) {
            case RECOMMENDATION -> "recommendations of the brand";
            case ANSWER -> "answers with the brand to someone else's question";
            case REPLY_TO_BRAND -> "replies to the brand";
            case MENTION -> "mentions of the brand";
            case NONE -> "posts";
        }).or(() -> filter.measured().map(m -> switch (m) {
            case BRAND_REPLY -> "replies of the brand's to people";
            case GOAL -> "posts about the goal";
            case GOAL_OF_BRAND -> "posts about the goal by the brand or naming it";
        })).orElse("posts, replies and mentions");
        what.add(kind);
        return Fmt.sentence(String.join(" ", what)) + " in " + scopeName + ", " + Fmt.days(new DaySpan(filter.from(), filter.until()));
    }
}
