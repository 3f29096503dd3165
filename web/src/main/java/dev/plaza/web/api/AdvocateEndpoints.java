package dev.plaza.web.api;

import dev.plaza.core.Store;
import dev.plaza.core.advocacy.AdvocacyPost;
import dev.plaza.core.wordofmouth.Cascade;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who speaks for the brand unprompted, what they said lately, and how far each of those posts travelled. */
final class AdvocateEndpoints {

    private final Store store;

    AdvocateEndpoints(Store store) {
        this.store = store;
    }

    void list(Context ctx) {
        int limit = Query.of(ctx, Set.of("limit")).limit();
        Json.send(ctx, ListJson.complete(store.advocates().top(Caller.workspace(ctx), limit), AdvocateJson::of));
    }

    void posts(Context ctx) {
        int limit = Query.of(ctx, Set.of("limit")).limit();
        long workspaceId = Caller.workspace(ctx);
        List<AdvocacyPost> posts = store.advocates().recent(workspaceId, limit);
        Map<Long, Cascade> cascades = store.wordOfMouth().of(workspaceId, posts.stream().map(p -> p.activity().id()).toList());
        Json.send(ctx, ListJson.complete(posts, p -> AdvocacyPostJson.of(p, Optional.ofNullable(cascades.get(p.activity().id())))));
    }
}
