package dev.plaza.web.api;

import dev.plaza.core.Store;
import dev.plaza.core.search.SearchQuery;
import dev.plaza.web.search.SearchParams;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Set;

/** Full-text search over activities (with the inbox's filters) and people. */
final class SearchEndpoints {

    private static final Set<String> ACTIVITY_PARAMS = activityParams();

    private final Store store;

    SearchEndpoints(Store store) {
        this.store = store;
    }

    void activities(Context ctx) {
        Query query = Query.of(ctx, ACTIVITY_PARAMS);
        var search = SearchQuery.parse(required(query));
        var page = store.search().activities(Caller.workspace(ctx), search, SearchParams.filter(query::text),
                query.page());
        Json.send(ctx, ListJson.of(page, SearchHitJson::of));
    }

    void people(Context ctx) {
        Query query = Query.of(ctx, Set.of("q", "cursor", "limit"));
        var page = store.search().people(Caller.workspace(ctx), required(query), query.page());
        Json.send(ctx, ListJson.of(page, hit -> new PersonHitJson(PersonJson.of(hit.person()),
                hit.identities().stream().map(IdentityJson::of).toList(), hit.score())));
    }

    private static String required(Query query) {
        return query.text("q").orElseThrow(() -> new IllegalArgumentException(
                "query parameter 'q' is required: the words to search for"));
    }

    private static Set<String> activityParams() {
        Set<String> names = new HashSet<>(SearchParams.FILTERS);
        names.addAll(Set.of("q", "cursor", "limit"));
        return Set.copyOf(names);
    }
}
