package dev.plaza.web.api;

import dev.plaza.core.Store;
import dev.plaza.core.paging.PageRequest;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;

/** Who leads the conversation, in the whole workspace or in one community, as the periodic ranking last found. */
final class LeaderEndpoints {

    private final Store store;
    private final Scopes scopes;

    LeaderEndpoints(Store store) {
        this.store = store;
        this.scopes = new Scopes(store);
    }

    void list(Context ctx) {
        Query query = Query.of(ctx, Set.of("community"));
        long workspaceId = Caller.workspace(ctx);
        Optional<Long> community = query.id("community").map(id -> scopes.community(workspaceId, id));
        // the ranking keeps fewer leaders per place than a page holds: this is all of them
        var leaders = store.leaders().of(workspaceId, community, PageRequest.MAX_LIMIT);
        Json.send(ctx, new LeaderRankingJson(community.orElse(null), store.leaders().rankedAt(workspaceId).orElse(null),
                leaders.stream().map(LeaderJson::of).toList()));
    }
}
