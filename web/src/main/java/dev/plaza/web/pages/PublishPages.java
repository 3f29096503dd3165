package dev.plaza.web.pages;

import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.bluesky.BlueskyAccount;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.ReactionType;
import dev.plaza.core.publishing.Visibility;
import dev.plaza.web.PublishingActor;
import dev.plaza.web.bluesky.BlueskyConnections;
import dev.plaza.web.bluesky.BlueskyPosting;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.outbox.PollDraft;
import dev.plaza.federation.outbox.Publisher;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Publish: write a post as the brand (mentions, hashtags, links, content warning, language,
 * audience, a reply into any thread, a poll) for the fediverse, Bluesky or both, see how its posts
 * did, edit and delete them, and like or boost posts anywhere on the fediverse.
 */
final class PublishPages {

    static final int POSTS_SHOWN = 30;
    static final int REACTIONS_SHOWN = 20;

    private final PageSupport pages;
    private final Publisher publisher;
    private final BlueskyConnections bluesky;
    private final BlueskyPosting blueskyPosting;
    private final CrossPosting crossPosting;

    PublishPages(PageSupport pages, Publisher publisher, BlueskyConnections bluesky) {
        this.pages = pages;
        this.publisher = publisher;
        this.bluesky = bluesky;
        this.blueskyPosting = new BlueskyPosting(bluesky);
        this.crossPosting = new CrossPosting(pages, publisher, blueskyPosting);
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        Optional<LocalActor> brand = brand(workspace);
        List<PublishView.PostRow> posts = brand.map(actor -> pages.store().publishing()
                .posts(actor.id(), PageRequest.first(POSTS_SHOWN)).items().stream()
                .map(post -> row(workspace, post)).toList()).orElse(List.of());
        pages.render(ctx, "publish/publish.jte", new PublishView(pages.frame(ctx, "Publish", "publish"),
                brand.map(LocalActor::username), posts,
                brand.map(actor -> pages.store().publishing().reactions(actor.id(), PageRequest.first(REACTIONS_SHOWN)).items())
                        .orElse(List.of()),
                ctx.queryParam("reply"), bluesky.account(workspace).map(BlueskyAccount::handle),
                blueskyPosting.posts(workspace, POSTS_SHOWN)));
    }

    /**
     * Posts the text to each network ticked in the form; a form without the network choices (as sent
     * before Bluesky could be connected) posts to the fediverse only.
     */
    void post(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        boolean chosen = "1".equals(PageSupport.form(ctx, "networks"));
        PageSupport.attempt(ctx, "/publish", () -> crossPosting.post(new CrossPosting.Request(workspace,
                new Draft(PageSupport.form(ctx, "text"), optional(ctx, "content_warning"), optional(ctx, "language"),
                        Visibility.fromKey(PageSupport.form(ctx, "visibility")), optional(ctx, "in_reply_to"), poll(ctx)),
                !chosen || "on".equals(PageSupport.form(ctx, "network_fediverse")),
                chosen && "on".equals(PageSupport.form(ctx, "network_bluesky")))));
    }

    void deleteBluesky(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "post-id");
        PageSupport.attempt(ctx, "/publish", () -> {
            blueskyPosting.delete(workspace, id);
            return "Deleted from Bluesky: the record is gone from the account's repository.";
        });
    }

    void edit(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "post-id");
        PageSupport.attempt(ctx, "/publish", () -> {
            publisher.edit(requireBrand(workspace), id, PageSupport.form(ctx, "text"), optional(ctx, "content_warning"),
                    optional(ctx, "language"));
            return "Edited; the new version is on its way to everyone who has the post.";
        });
    }

    void delete(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "post-id");
        PageSupport.attempt(ctx, "/publish", () -> {
            publisher.delete(requireBrand(workspace), id);
            return "Deleted; servers that have the post are asked to delete it too.";
        });
    }

    void react(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        PageSupport.attempt(ctx, "/publish", () -> {
            ReactionType type = ReactionType.fromKey(PageSupport.form(ctx, "type"));
            String object = PageSupport.form(ctx, "object");
            if (object.isBlank()) {
                throw new IllegalArgumentException("give the link (ActivityPub id) of the post to like or boost");
            }
            publisher.react(requireBrand(workspace), type, object);
            return type == ReactionType.LIKE ? "Liked." : "Boosted to your followers.";
        });
    }

    void undo(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "reaction-id");
        PageSupport.attempt(ctx, "/publish", () -> {
            publisher.undo(requireBrand(workspace), id);
            return "Taken back.";
        });
    }

    private PublishView.PostRow row(long workspace, LocalPost post) {
        var tally = post.poll().map(p -> pages.store().publishing().tally(post.id()));
        long votes = tally.map(t -> t.votes().values().stream().mapToLong(Long::longValue).sum()).orElse(0L);
        List<PublishView.PollOption> options = post.poll().map(p -> p.options().stream()
                .map(o -> new PublishView.PollOption(o, tally.map(t -> t.votesFor(o)).orElse(0L), votes))
                .toList()).orElse(List.of());
        return new PublishView.PostRow(post, pages.store().publishing().engagement(workspace, post.uri()), options,
                tally.map(t -> t.voters()).orElse(0L));
    }

    private Optional<LocalActor> brand(long workspace) {
        return PublishingActor.of(pages.store().localActors(), workspace);
    }

    private LocalActor requireBrand(long workspace) {
        return PublishingActor.require(pages.store().localActors(), workspace);
    }

    private static Optional<PollDraft> poll(Context ctx) {
        List<String> options = IntStream.rangeClosed(1, 4).mapToObj(i -> PageSupport.form(ctx, "poll_option_" + i))
                .filter(o -> !o.isBlank()).toList();
        if (options.isEmpty()) {
            return Optional.empty();
        }
        Duration openFor = Duration.ofMinutes(parseMinutes(PageSupport.form(ctx, "poll_minutes")));
        return Optional.of(new PollDraft(options, "on".equals(PageSupport.form(ctx, "poll_multiple")), openFor));
    }

    private static long parseMinutes(String text) {
        try {
            return Long.parseLong(text.isBlank() ? "1440" : text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the poll's duration must be a number of minutes, not '%s'".formatted(text));
        }
    }

    private static Optional<String> optional(Context ctx, String field) {
        return Optional.of(PageSupport.form(ctx, field)).filter(v -> !v.isBlank());
    }
}
