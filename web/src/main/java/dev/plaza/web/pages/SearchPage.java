package dev.plaza.web.pages;

import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.search.ActivityHit;
import dev.plaza.core.search.PersonHit;
import dev.plaza.core.search.SearchQuery;
import dev.plaza.web.search.SearchParams;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The search page: activities with their matches marked, and the people whose names match. */
final class SearchPage {

    static final int PAGE = 25;
    static final int PEOPLE = 5;

    private final PageSupport pages;

    SearchPage(PageSupport pages) {
        this.pages = pages;
    }

    void show(Context ctx) {
        String q = PageSupport.param(ctx, "q").orElse("");
        List<String> linkParams = linkParams(ctx, q);
        SearchView view;
        if (q.isEmpty()) {
            view = new SearchView(pages.frame(ctx, "Search", "search"), q, Optional.empty(), List.of(), List.of(),
                    Optional.empty());
        } else {
            try {
                long workspace = PageSupport.workspaceId(ctx);
                Page<ActivityHit> hits = pages.store().search().activities(workspace, SearchQuery.parse(q),
                        SearchParams.filter(name -> PageSupport.param(ctx, name)),
                        PeoplePages.request(ctx, PAGE));
                List<PersonHit> people = PageSupport.param(ctx, "cursor").isPresent() ? List.of()
                        : pages.store().search().people(workspace, q, PageRequest.first(PEOPLE)).items();
                view = new SearchView(pages.frame(ctx, "Search: " + q, "search"), q, Optional.empty(), hits.items(),
                        people, hits.nextCursor().map(c -> more(linkParams, c)));
            } catch (IllegalArgumentException refused) {
                view = new SearchView(pages.frame(ctx, "Search", "search"), q, Optional.of(refused.getMessage()),
                        List.of(), List.of(), Optional.empty());
            }
        }
        pages.render(ctx, "pages/search.jte", view);
    }

    private static List<String> linkParams(Context ctx, String q) {
        List<String> params = new ArrayList<>(List.of("q", q));
        SearchParams.FILTERS.stream().sorted().forEach(name ->
                PageSupport.param(ctx, name).ifPresent(value -> params.addAll(List.of(name, value))));
        return params;
    }

    private static String more(List<String> linkParams, String cursor) {
        List<String> params = new ArrayList<>(linkParams);
        params.addAll(List.of("cursor", cursor));
        return Fmt.url("/search", params.toArray(String[]::new));
    }
}
