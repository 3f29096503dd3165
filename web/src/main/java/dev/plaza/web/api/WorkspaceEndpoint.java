package dev.plaza.web.api;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.Store;
import io.javalin.http.Context;
import java.util.Set;

/** The workspace the caller's token belongs to. */
final class WorkspaceEndpoint {

    private final Store store;

    WorkspaceEndpoint(Store store) {
        this.store = store;
    }

    void get(Context ctx) {
        Query.of(ctx, Set.of());
        long workspaceId = Caller.workspace(ctx);
        Json.send(ctx, store.workspaces().find(workspaceId)
                .map(WorkspaceJson::of)
                .orElseThrow(() -> new NotFoundException("workspace", workspaceId)));
    }
}
