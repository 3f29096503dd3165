package dev.plaza.web.pages;

import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.ListedFollow;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.federation.follows.Relationships;
import dev.plaza.web.PublishingActor;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Settings → Fediverse: the accounts the brand follows (with where each follow stands) and the
 * accounts that follow it, each list newest first and a page at a time; following an account by
 * handle or URL, unfollowing it, and removing a follower, as on Mastodon.
 */
final class FediverseSettings {

    private static final String BACK = "/settings/fediverse";
    static final int PAGE = 25;

    private final PageSupport pages;
    private final Relationships relationships;

    FediverseSettings(PageSupport pages, Relationships relationships) {
        this.pages = pages;
        this.relationships = relationships;
    }

    void show(Context ctx) {
        Optional<LocalActor> brand = PublishingActor.of(pages.store().localActors(), PageSupport.workspaceId(ctx));
        Optional<String> followingCursor = PageSupport.param(ctx, "following_cursor");
        Optional<String> followersCursor = PageSupport.param(ctx, "followers_cursor");
        Page<ListedFollow> following = list(brand, followingCursor, pages.store().follows()::following);
        Page<ListedFollow> followers = list(brand, followersCursor, pages.store().follows()::followers);
        pages.render(ctx, "settings/fediverse.jte", new FediverseView(pages.frame(ctx, "Settings · Fediverse", "settings"),
                brand.map(LocalActor::username), following.items(),
                following.nextCursor().map(next -> Fmt.url(BACK, "following_cursor", next,
                        "followers_cursor", followersCursor.orElse(""))),
                followers.items(),
                followers.nextCursor().map(next -> Fmt.url(BACK, "following_cursor", followingCursor.orElse(""),
                        "followers_cursor", next))));
    }

    void follow(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        String account = PageSupport.form(ctx, "account");
        PageSupport.attempt(ctx, BACK, () -> {
            Relationships.Followed followed = relationships.follow(PublishingActor.require(pages.store().localActors(),
                    workspace), account);
            Follow follow = followed.follow().follow();
            if (!followed.sent()) {
                throw new IllegalArgumentException("The brand already follows %s (%s since %s); nothing was sent again."
                        .formatted(follow.label(), follow.state().key(), Fmt.date(follow.since())));
            }
            return "Asked to follow %s; the follow shows as accepted once their server answers.".formatted(follow.label());
        });
    }

    void unfollow(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "follow-id");
        PageSupport.attempt(ctx, BACK, () -> "Unfollowed %s; their server was told.".formatted(
                relationships.unfollow(PublishingActor.require(pages.store().localActors(), workspace), id).follow().label()));
    }

    void removeFollower(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "follower-id");
        PageSupport.attempt(ctx, BACK, () -> "Removed %s from the brand's followers; their server was told.".formatted(
                relationships.removeFollower(PublishingActor.require(pages.store().localActors(), workspace), id)
                        .follow().label()));
    }

    private static Page<ListedFollow> list(Optional<LocalActor> brand, Optional<String> cursor,
            BiFunction<Long, PageRequest, Page<ListedFollow>> lister) {
        PageRequest request = cursor.map(c -> PageRequest.after(c, PAGE)).orElse(PageRequest.first(PAGE));
        return brand.map(actor -> lister.apply(actor.id(), request)).orElseGet(() -> new Page<>(List.of(), Optional.empty()));
    }
}
