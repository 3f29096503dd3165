package dev.plaza.web.api;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.Store;
import io.javalin.http.Context;
import java.util.Set;

/** Every account Plaza has seen, on any platform. */
final class IdentityEndpoints {

    private final Store store;

    IdentityEndpoints(Store store) {
        this.store = store;
    }

    void list(Context ctx) {
        Query query = Query.of(ctx, Set.of("cursor", "limit"));
        var page = store.people().identities(Caller.workspace(ctx), query.page());
        Json.send(ctx, ListJson.of(page, IdentityJson::of));
    }

    void get(Context ctx) {
        Query.of(ctx, Set.of());
        long identityId = Caller.pathId(ctx, "identity");
        Json.send(ctx, store.people().identity(Caller.workspace(ctx), identityId)
                .map(IdentityJson::of)
                .orElseThrow(() -> new NotFoundException("identity", identityId)));
    }
}
