package dev.plaza.web.api;

import dev.plaza.core.Store;
import dev.plaza.core.actors.ListedFollow;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.federation.follows.Relationships;
import dev.plaza.web.PublishingActor;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Whom the workspace's actor follows and who follows it: listed newest first, a page at a time;
 * following an account (202 while its server has yet to answer; 200 for an account followed
 * already, sending nothing again), unfollowing it, and removing a follower.
 */
final class FollowEndpoints {

    private final Store store;
    private final Relationships relationships;

    FollowEndpoints(Store store, Relationships relationships) {
        this.store = store;
        this.relationships = relationships;
    }

    void following(Context ctx) {
        list(ctx, store.follows()::following);
    }

    void followers(Context ctx) {
        list(ctx, store.follows()::followers);
    }

    void follow(Context ctx) {
        Query.of(ctx, Set.of());
        String account = Body.of(ctx, List.of("account")).requiredString("account");
        Relationships.Followed followed = relationships.follow(actor(ctx), account);
        Json.send(ctx, followed.sent() ? HttpStatus.ACCEPTED : HttpStatus.OK, FollowJson.of(followed.follow()));
    }

    void unfollow(Context ctx) {
        Query.of(ctx, Set.of());
        Json.send(ctx, FollowJson.of(relationships.unfollow(actor(ctx), Caller.pathId(ctx, "follow"))));
    }

    void removeFollower(Context ctx) {
        Query.of(ctx, Set.of());
        Json.send(ctx, FollowJson.of(relationships.removeFollower(actor(ctx), Caller.pathId(ctx, "follower"))));
    }

    private void list(Context ctx, BiFunction<Long, PageRequest, Page<ListedFollow>> lister) {
        PageRequest page = Query.of(ctx, Set.of("cursor", "limit")).page();
        Page<ListedFollow> follows = PublishingActor.of(store.localActors(), Caller.workspace(ctx))
                .map(actor -> lister.apply(actor.id(), page))
                .orElseGet(() -> new Page<>(List.of(), Optional.empty()));
        Json.send(ctx, ListJson.of(follows, FollowJson::of));
    }

    private LocalActor actor(Context ctx) {
        return PublishingActor.require(store.localActors(), Caller.workspace(ctx));
    }
}
