package dev.plaza.web.api;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.Store;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.PollTally;
import dev.plaza.federation.outbox.Publisher;
import dev.plaza.web.PublishingActor;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The posts of the workspace's actor: written, edited and deleted here, and delivered from here to
 * the fediverse. Another workspace's posts are not found.
 */
final class PostEndpoints {

    private static final PollTally NO_VOTES = new PollTally(Map.of(), 0);

    private final Store store;
    private final Publisher publisher;

    PostEndpoints(Store store, Publisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    void list(Context ctx) {
        Query query = Query.of(ctx, Set.of("cursor", "limit"));
        long workspaceId = Caller.workspace(ctx);
        PageRequest page = query.page();
        Page<LocalPost> posts = PublishingActor.of(store.localActors(), workspaceId)
                .map(actor -> store.publishing().posts(actor.id(), page))
                .orElseGet(() -> new Page<>(List.of(), Optional.empty()));
        Json.send(ctx, ListJson.of(posts, post -> view(workspaceId, post)));
    }

    void get(Context ctx) {
        Query.of(ctx, Set.of());
        long workspaceId = Caller.workspace(ctx);
        Json.send(ctx, view(workspaceId, find(workspaceId, Caller.pathId(ctx, "post")).post()));
    }

    void create(Context ctx) {
        Query.of(ctx, Set.of());
        long workspaceId = Caller.workspace(ctx);
        var draft = PostBodies.draft(Body.of(ctx, PostBodies.DRAFT));
        LocalPost post = publisher.publish(PublishingActor.require(store.localActors(), workspaceId), draft);
        ctx.header(Header.LOCATION, Api.PREFIX + "/posts/" + post.id());
        Json.send(ctx, HttpStatus.CREATED, view(workspaceId, post));
    }

    void edit(Context ctx) {
        Query.of(ctx, Set.of());
        long workspaceId = Caller.workspace(ctx);
        Owned owned = find(workspaceId, Caller.pathId(ctx, "post"));
        Body body = Body.of(ctx, PostBodies.EDIT);
        if (body.isEmpty()) {
            throw new IllegalArgumentException(
                    "the request body changes nothing; give 'text', 'content_warning', 'language' or several");
        }
        LocalPost post = owned.post();
        LocalPost edited = publisher.edit(owned.actor(), post.id(), body.string("text").orElse(post.source()),
                body.has("content_warning") ? body.nullableString("content_warning") : post.contentWarning(),
                body.has("language") ? body.nullableString("language") : post.language());
        Json.send(ctx, view(workspaceId, edited));
    }

    void delete(Context ctx) {
        Query.of(ctx, Set.of());
        long workspaceId = Caller.workspace(ctx);
        Owned owned = find(workspaceId, Caller.pathId(ctx, "post"));
        Json.send(ctx, view(workspaceId, publisher.delete(owned.actor(), owned.post().id())));
    }

    private record Owned(LocalActor actor, LocalPost post) {
    }

    private Owned find(long workspaceId, long postId) {
        return PublishingActor.of(store.localActors(), workspaceId)
                .flatMap(actor -> store.publishing().post(postId).filter(p -> p.actorId() == actor.id())
                        .map(post -> new Owned(actor, post)))
                .orElseThrow(() -> new NotFoundException("post", postId));
    }

    private PostJson view(long workspaceId, LocalPost post) {
        PollTally tally = post.poll().isPresent() ? store.publishing().tally(post.id()) : NO_VOTES;
        return PostJson.of(post, tally, store.publishing().engagement(workspaceId, post.uri()));
    }
}
