package dev.plaza.core.search;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.people.Identity;

/** A found activity, its author, the excerpt that shows why it matched, and how well it did. */
public record ActivityHit(Activity activity, Identity author, Snippet snippet, float rank) {

    public ActivityHit {
        requireNonNull(activity, "activity");
        requireNonNull(author, "author");
        requireNonNull(snippet, "snippet");
    }
}
