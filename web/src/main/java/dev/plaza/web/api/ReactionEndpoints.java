package dev.plaza.web.api;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.Store;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.publishing.Reaction;
import dev.plaza.core.publishing.ReactionType;
import dev.plaza.federation.outbox.Publisher;
import dev.plaza.web.PublishingActor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Likes and boosts of posts anywhere by the workspace's actor. Liking a post it already likes
 * answers the like it has: a post is liked (or boosted) once.
 */
final class ReactionEndpoints {

    private final Store store;
    private final Publisher publisher;

    ReactionEndpoints(Store store, Publisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    void list(Context ctx) {
        PageRequest page = Query.of(ctx, Set.of("cursor", "limit")).page();
        Page<Reaction> reactions = PublishingActor.of(store.localActors(), Caller.workspace(ctx))
                .map(actor -> store.publishing().reactions(actor.id(), page))
                .orElseGet(() -> new Page<>(List.of(), Optional.empty()));
        Json.send(ctx, ListJson.of(reactions, ReactionJson::of));
    }

    void create(Context ctx) {
        Query.of(ctx, Set.of());
        Body body = Body.of(ctx, List.of("type", "object"));
        ReactionType type = ReactionJson.type(body.requiredString("type"));
        String object = body.requiredString("object").strip();
        if (object.isEmpty()) {
            throw new IllegalArgumentException("field 'object' must be the URI (ActivityPub id) of a post");
        }
        LocalActor actor = PublishingActor.require(store.localActors(), Caller.workspace(ctx));
        Optional<Reaction> live = store.publishing().liveReaction(actor.id(), type, object);
        if (live.isPresent()) {
            Json.send(ctx, HttpStatus.OK, ReactionJson.of(live.get()));
            return;
        }
        Json.send(ctx, HttpStatus.CREATED, ReactionJson.of(publisher.react(actor, type, object)));
    }

    void undo(Context ctx) {
        Query.of(ctx, Set.of());
        long reactionId = Caller.pathId(ctx, "reaction");
        LocalActor actor = PublishingActor.of(store.localActors(), Caller.workspace(ctx))
                .orElseThrow(() -> new NotFoundException("reaction", reactionId));
        Json.send(ctx, ReactionJson.of(publisher.undo(actor, reactionId)));
    }
}
