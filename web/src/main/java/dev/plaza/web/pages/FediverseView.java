package dev.plaza.web.pages;

import dev.plaza.core.actors.ListedFollow;
import java.util.List;
import java.util.Optional;

/**
 * Settings → Fediverse: a page of the accounts the brand follows and a page of its followers, each
 * newest first, with the links to older ones; {@code brand} is empty while the workspace has no actor.
 */
public record FediverseView(Frame frame, Optional<String> brand, List<ListedFollow> following,
        Optional<String> olderFollowingHref, List<ListedFollow> followers, Optional<String> olderFollowersHref) {

    public FediverseView {
        following = List.copyOf(following);
        followers = List.copyOf(followers);
    }
}
