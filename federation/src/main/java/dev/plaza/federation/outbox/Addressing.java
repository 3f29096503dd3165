package dev.plaza.federation.outbox;

import dev.plaza.core.publishing.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code to} and {@code cc} of a post, as Mastodon sets them for each visibility: a public post
 * is to Public with the followers in cc; an unlisted one is to the followers with Public in cc; a
 * followers-only post leaves Public out; a direct one is to its mentions only.
 */
record Addressing(List<String> to, List<String> cc) {

    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    Addressing {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }

    /** {@code others} are the mentioned actors and the author of the post replied to. */
    static Addressing of(Visibility visibility, String followers, List<String> others) {
        Set<String> people = new LinkedHashSet<>(others);
        return switch (visibility) {
            case PUBLIC -> new Addressing(List.of(PUBLIC), plus(List.of(followers), people));
            case UNLISTED -> new Addressing(List.of(followers), plus(List.of(PUBLIC), people));
            case FOLLOWERS -> new Addressing(List.of(followers), List.copyOf(people));
            case DIRECT -> new Addressing(List.copyOf(people), List.of());
        };
    }

    private static List<String> plus(List<String> first, Set<String> rest) {
        List<String> all = new ArrayList<>(first);
        rest.stream().filter(r -> !all.contains(r)).forEach(all::add);
        return all;
    }
}
