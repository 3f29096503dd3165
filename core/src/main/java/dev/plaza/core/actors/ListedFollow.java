package dev.plaza.core.actors;

import static java.util.Objects.requireNonNull;

/** A stored follow as the team's lists show it, with the number by which a page or the API names it. */
public record ListedFollow(long id, Follow follow) {

    public ListedFollow {
        requireNonNull(follow, "follow");
    }
}
