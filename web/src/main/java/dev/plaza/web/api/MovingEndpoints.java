package dev.plaza.web.api;

import dev.plaza.core.Store;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.federation.moving.Moves;
import dev.plaza.web.PublishingActor;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * Moving the workspace's actor: its aliases (alsoKnownAs), its move to another account and the
 * undoing of it, and how many followers of an old account follow it here. Owners only.
 */
final class MovingEndpoints {

    private final Store store;
    private final Moves moves;

    MovingEndpoints(Store store, Moves moves) {
        this.store = store;
        this.moves = moves;
    }

    void get(Context ctx) {
        Query.of(ctx, Set.of());
        send(ctx, actor(ctx));
    }

    void addAlias(Context ctx) {
        Query.of(ctx, Set.of());
        String account = Body.of(ctx, List.of("account")).requiredString("account");
        send(ctx, moves.aliases().add(actor(ctx), account));
    }

    void removeAlias(Context ctx) {
        String alias = Query.of(ctx, Set.of("alias")).text("alias").orElseThrow(() -> new IllegalArgumentException(
                "name the alias to remove: ?alias=<actor URL>"));
        send(ctx, moves.aliases().remove(actor(ctx), alias));
    }

    void move(Context ctx) {
        Query.of(ctx, Set.of());
        String target = Body.of(ctx, List.of("target")).requiredString("target");
        send(ctx, moves.moveOut().move(actor(ctx), target));
    }

    void undoMove(Context ctx) {
        Query.of(ctx, Set.of());
        send(ctx, moves.moveOut().undo(actor(ctx)));
    }

    private LocalActor actor(Context ctx) {
        return PublishingActor.require(store.localActors(), Caller.workspace(ctx));
    }

    private void send(Context ctx, LocalActor actor) {
        Json.send(ctx, MovingJson.of(actor, store.moving(), moves.uris()));
    }
}
