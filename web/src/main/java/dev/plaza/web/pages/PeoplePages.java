package dev.plaza.web.pages;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.engagement.PersonEngagement;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityFilter;
import dev.plaza.core.community.Platform;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.people.Person;
import dev.plaza.core.people.PersonFilter;
import dev.plaza.core.people.PersonMerge;
import dev.plaza.core.people.ProfileClaim;
import dev.plaza.web.auth.Principal;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** People: search (live, with htmx), profiles with identities and timeline, merges and their undo. */
final class PeoplePages {

    static final int PAGE = 25;
    static final int TIMELINE = 50;

    private final PageSupport pages;

    PeoplePages(PageSupport pages) {
        this.pages = pages;
    }

    void list(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        Optional<String> query = PageSupport.param(ctx, "q");
        Optional<Platform> platform = PageSupport.param(ctx, "platform").map(Platform::fromKey);
        Page<Person> page = pages.store().people().search(workspace, new PersonFilter(query, platform),
                request(ctx, PAGE));
        String q = query.orElse("");
        String p = platform.map(Platform::key).orElse("");
        PeopleView view = new PeopleView(pages.frame(ctx, "People", "people"), q, p, page.items(),
                page.nextCursor().map(c -> Fmt.url("/people", "q", q, "platform", p, "cursor", c)));
        ctx.header("Vary", "HX-Request, HX-Target");
        switch (String.valueOf(ctx.header("HX-Target"))) {
            case "people-results" -> pages.render(ctx, "pages/people-results.jte", view);
            case "people-more" -> pages.render(ctx, "pages/people-rows.jte", view);
            default -> pages.render(ctx, "pages/people.jte", view);
        }
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "person-id");
        Person person = pages.store().people().find(workspace, id)
                .orElseThrow(() -> new NotFoundException("person", id));
        Page<Activity> timeline = pages.store().activities().list(workspace, ActivityFilter.ofPerson(id),
                request(ctx, TIMELINE));
        List<Long> timelineIds = timeline.items().stream().map(Activity::id).toList();
        pages.render(ctx, "pages/person.jte", new PersonView(
                pages.frame(ctx, person.displayName(), "people"),
                person,
                pages.store().people().identitiesOf(workspace, id),
                timeline.items(),
                timeline.nextCursor().map(c -> Fmt.url("/people/" + id, "cursor", c)),
                pages.store().people().mergesOf(workspace, id),
                claims(workspace, pages.store().people().identitiesOf(workspace, id)),
                pages.store().identityLinks().suggestionsFor(workspace, id),
                pages.store().sentiments().ofPerson(workspace, id),
                pages.store().advocates().ofPerson(workspace, id),
                pages.store().sentiments().of(workspace, timelineIds),
                pages.store().advocates().of(workspace, timelineIds),
                pages.store().relationships().of(workspace, id),
                engagement(workspace, id), Dashboard.json(postsByMonth(workspace, id))));
    }

    /** Their posts by month and sentiment over the community's last twelve months; a bar opens the posts behind it. */
    private DashboardChart postsByMonth(long workspace, long personId) {
        java.time.LocalDate to = new Dashboards(pages.store()).span(workspace).map(Dashboards.Span::to)
                .orElse(java.time.LocalDate.now(java.time.ZoneOffset.UTC)).withDayOfMonth(1);
        java.time.LocalDate from = to.minusMonths(11);
        var months = pages.store().sentiments().ofPersonByMonth(workspace, personId, from, to);
        MonthlyChart monthly = MonthlyChart.between(from, to, "/activities");
        return monthly.chart("bar", java.util.Arrays.stream(Sentiment.values()).map(s -> monthly.series(s.key(), Fmt.sentence(s.key()),
                month -> months.stream().filter(m -> m.month().equals(month) && m.sentiment() == s)
                        .mapToLong(dev.plaza.core.sentiment.SentimentMonth::count).sum(),
                Map.of("sentiment", s.key(), "person", Long.toString(personId)))).toList());
    }

    /** Their level in each of the community's last twelve months. */
    private List<PersonEngagement> engagement(long workspace, long personId) {
        return pages.store().engagement().latestMonth(workspace)
                .map(latest -> pages.store().engagement().ofPerson(workspace, personId, latest.minusMonths(11), latest))
                .orElse(List.of());
    }

    void merge(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long survivor = PageSupport.pathId(ctx, "person-id");
        PageSupport.attempt(ctx, "/people/" + survivor, () -> {
            long merged = parseId(PageSupport.form(ctx, "merged_id"), "person to merge");
            String reason = PageSupport.form(ctx, "reason");
            PersonMerge merge = pages.store().people().merge(workspace, survivor, merged,
                    new LinkEvidence(reason.isEmpty() ? "merged by hand" : reason, 1.0),
                    Principal.of(ctx).memberId());
            return "Merged %s into this person.".formatted(merge.mergedDisplayName());
        });
    }

    void undoMerge(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long person = PageSupport.pathId(ctx, "person-id");
        long mergeId = PageSupport.pathId(ctx, "merge-id");
        PageSupport.attempt(ctx, "/people/" + person, () -> {
            PersonMerge undone = pages.store().people().undoMerge(workspace, mergeId);
            return "Undid the merge: %s is a separate person again.".formatted(undone.mergedDisplayName());
        });
    }

    void undoMerges(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long person = PageSupport.pathId(ctx, "person-id");
        PageSupport.attempt(ctx, "/people/" + person, () -> {
            List<PersonMerge> undone = pages.store().people().undoMerges(workspace,
                    SuggestionPages.selected(ctx, "merge"));
            return "Undid %s: %s are separate people again.".formatted(Fmt.count(undone.size(), "merge", "merges"),
                    undone.stream().map(PersonMerge::mergedDisplayName).collect(Collectors.joining(", ")));
        });
    }

    private Map<Long, List<ProfileClaim>> claims(long workspace, List<Identity> identities) {
        Map<Long, List<ProfileClaim>> claims = new LinkedHashMap<>();
        identities.forEach(i -> claims.put(i.id(), pages.store().identityLinks().claimsOf(workspace, i.id())));
        return claims;
    }

    static PageRequest request(Context ctx, int limit) {
        return PageSupport.param(ctx, "cursor").map(c -> PageRequest.after(c, limit)).orElse(PageRequest.first(limit));
    }

    private static long parseId(String raw, String what) {
        try {
            return Long.parseLong(raw.startsWith("#") ? raw.substring(1) : raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'%s' is not the number of a %s".formatted(raw, what));
        }
    }
}
