package dev.plaza.web.federation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.core.NotFoundException;
import dev.plaza.core.Store;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.paging.Cursor;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.Mention;
import dev.plaza.core.publishing.OutboxItem;
import dev.plaza.core.publishing.PollTally;
import dev.plaza.core.publishing.Reaction;
import dev.plaza.core.publishing.Visibility;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.outbox.PostDocuments;
import dev.plaza.federation.vocab.AsObject;
import dev.plaza.federation.vocab.AsWriter;
import dev.plaza.federation.vocab.Collection;
import dev.plaza.federation.vocab.Ref;
import dev.plaza.federation.vocab.RemoteHtml;
import dev.plaza.web.auth.Access;
import dev.plaza.web.pages.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What Plaza's actors publish, for other servers and visitors: each post at its id (a Tombstone once
 * deleted), its Create activity, and the outbox, followers, following and featured collections, in
 * pages. Followers-only and direct posts are served only to a signed request from someone they are
 * for; to anyone else they do not exist.
 */
final class ObjectRoutes {

    static final int OUTBOX_PAGE = 20;
    static final int ACTORS_PAGE = 50;

    private final Store store;
    private final ActorUris uris;
    private final PostDocuments documents;
    private final SignedFetch fetch;
    private final Templates templates;
    private final Clock clock;

    ObjectRoutes(Store store, ActorUris uris, SignedFetch fetch, Templates templates, Clock clock) {
        this.store = store;
        this.uris = uris;
        this.documents = new PostDocuments(uris);
        this.fetch = fetch;
        this.templates = templates;
        this.clock = clock;
    }

    void addRoutes(RoutesConfig routes) {
        routes.get("/users/{username}/outbox", this::outbox, Access.PUBLIC);
        routes.get("/users/{username}/followers", ctx -> actors(ctx, "followers"), Access.PUBLIC);
        routes.get("/users/{username}/following", ctx -> actors(ctx, "following"), Access.PUBLIC);
        routes.get("/users/{username}/collections/featured", this::featured, Access.PUBLIC);
        routes.get("/users/{username}/statuses/{id}", this::post, Access.PUBLIC);
        routes.get("/users/{username}/statuses/{id}/activity", this::activity, Access.PUBLIC);
    }

    private void outbox(Context ctx) {
        LocalActor actor = actor(ctx);
        fetch.signer(ctx, actor.workspaceId());
        String id = uris.outbox(actor.username());
        if (ctx.queryParam("page") == null) {
            send(ctx, new Collection(Optional.of(id), Collection.Type.ORDERED_COLLECTION,
                    Optional.of(store.publishing().outboxSize(actor.id())), Optional.of(new Ref.Iri(id + "?page=true")),
                    Optional.empty(), Optional.empty(), List.of()));
            return;
        }
        Optional<String> cursor = Optional.ofNullable(ctx.queryParam("cursor"));
        cursor.ifPresent(Cursor::decode);
        Page<OutboxItem> page = store.publishing().outbox(actor.id(), new PageRequest(cursor, OUTBOX_PAGE));
        List<Ref> items = page.items().stream().map(item -> (Ref) new Ref.Embedded(outboxActivity(actor, item))).toList();
        send(ctx, new Collection(Optional.of(id + "?page=true" + cursor.map(c -> "&cursor=" + c).orElse("")),
                Collection.Type.ORDERED_COLLECTION_PAGE, Optional.empty(), Optional.empty(),
                page.nextCursor().map(next -> new Ref.Iri(id + "?page=true&cursor=" + next)), Optional.of(id), items));
    }

    private AsObject outboxActivity(LocalActor actor, OutboxItem item) {
        return switch (item) {
            case LocalPost post -> documents.create(actor, note(actor, post), post);
            case Reaction boost -> documents.reaction(actor, boost);
        };
    }

    /** Followers and following: their number for everyone, the accounts in pages of {@value #ACTORS_PAGE}. */
    private void actors(Context ctx, String which) {
        LocalActor actor = actor(ctx);
        fetch.signer(ctx, actor.workspaceId());
        List<String> accounts = (which.equals("followers") ? store.follows().followers(actor.id())
                : store.follows().following(actor.id())).stream()
                .filter(f -> f.state() == FollowState.ACCEPTED).map(Follow::remoteActorUri).toList();
        String id = uris.actor(actor.username()) + "/" + which;
        String page = ctx.queryParam("page");
        if (page == null) {
            send(ctx, new Collection(Optional.of(id), Collection.Type.ORDERED_COLLECTION, Optional.of((long) accounts.size()),
                    Optional.of(new Ref.Iri(id + "?page=1")), Optional.empty(), Optional.empty(), List.of()));
            return;
        }
        int number = pageNumber(page);
        int from = Math.min(accounts.size(), (number - 1) * ACTORS_PAGE);
        int to = Math.min(accounts.size(), from + ACTORS_PAGE);
        send(ctx, new Collection(Optional.of(id + "?page=" + number), Collection.Type.ORDERED_COLLECTION_PAGE,
                Optional.of((long) accounts.size()), Optional.empty(),
                to < accounts.size() ? Optional.of(new Ref.Iri(id + "?page=" + (number + 1))) : Optional.empty(),
                Optional.of(id), accounts.subList(from, to).stream().map(a -> (Ref) new Ref.Iri(a)).toList()));
    }

    /** Pinned posts: Plaza does not pin posts, so the collection is empty, as servers expect it to exist. */
    private void featured(Context ctx) {
        LocalActor actor = actor(ctx);
        send(ctx, new Collection(Optional.of(uris.featured(actor.username())), Collection.Type.ORDERED_COLLECTION,
                Optional.of(0L), Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
    }

    private void post(Context ctx) {
        LocalActor actor = actor(ctx);
        LocalPost post = visiblePost(ctx, actor);
        ctx.header("Vary", "Accept");
        if (!FederationRoutes.wantsActivityStreams(ctx.header("Accept"))) {
            templates.render(ctx, "profile/post.jte", new PublicPostPage(actor.displayName(),
                    "@" + actor.username() + "@" + uris.host(), uris.profilePage(actor.username()), publicPost(post)));
            return;
        }
        if (post.deleted()) {
            ctx.status(410);
            send(ctx, documents.tombstone(post));
            return;
        }
        send(ctx, note(actor, post));
    }

    private void activity(Context ctx) {
        LocalActor actor = actor(ctx);
        LocalPost post = visiblePost(ctx, actor);
        if (post.deleted()) {
            throw new NotFoundException("activity", PostDocuments.createId(post));
        }
        send(ctx, documents.create(actor, note(actor, post), post));
    }

    PublicPost publicPost(LocalPost post) {
        Optional<PollTally> tally = post.poll().map(p -> store.publishing().tally(post.id()));
        List<String> poll = post.poll().map(p -> p.options().stream()
                .map(o -> "%s: %d".formatted(o, tally.map(t -> t.votesFor(o)).orElse(0L))).toList()).orElse(List.of());
        return new PublicPost(post.uri(), post.deleted() ? "" : RemoteHtml.sanitize(post.content()), post.contentWarning(),
                DateTimeFormatter.ISO_INSTANT.format(post.published().truncatedTo(ChronoUnit.SECONDS)), post.inReplyTo(),
                poll, post.deleted());
    }

    private dev.plaza.federation.vocab.Note note(LocalActor actor, LocalPost post) {
        return documents.note(actor, post, post.poll().map(p -> store.publishing().tally(post.id())), clock.instant());
    }

    private LocalPost visiblePost(Context ctx, LocalActor actor) {
        long id = postId(ctx.pathParam("id"));
        Optional<String> signer = fetch.signer(ctx, actor.workspaceId());
        return store.publishing().post(id).filter(p -> p.actorId() == actor.id())
                .filter(p -> visibleTo(p, signer))
                .orElseThrow(() -> new NotFoundException("post", ctx.pathParam("id")));
    }

    private boolean visibleTo(LocalPost post, Optional<String> signer) {
        if (post.visibility().listedPublicly()) {
            return true;
        }
        if (signer.isEmpty()) {
            return false;
        }
        boolean mentioned = post.mentions().stream().map(Mention::actorUri).anyMatch(signer.get()::equals);
        boolean follower = post.visibility() == Visibility.FOLLOWERS && store.follows().followers(post.actorId()).stream()
                .anyMatch(f -> f.state() == FollowState.ACCEPTED && f.remoteActorUri().equals(signer.get()));
        return mentioned || follower;
    }

    private LocalActor actor(Context ctx) {
        String username = ctx.pathParam("username");
        return store.localActors().findByUsername(username).orElseThrow(() -> new NotFoundException("actor", username));
    }

    private static long postId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException("post", text);
        }
    }

    private static int pageNumber(String text) {
        try {
            int number = Integer.parseInt(text);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("page must be a number from 1, not '%s'".formatted(
                URLEncoder.encode(text, StandardCharsets.UTF_8)));
    }

    private static void send(Context ctx, AsObject object) {
        ObjectNode document = AsWriter.document(object);
        ctx.contentType(AsWriter.CONTENT_TYPE).result(document.toString());
    }
}
