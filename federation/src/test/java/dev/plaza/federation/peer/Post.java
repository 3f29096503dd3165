package dev.plaza.federation.peer;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A Note for alice to publish. {@code to} is "public" (to as:Public, cc her followers), "followers",
 * or one actor URI for a direct message; mentioned actors are tagged, cc'd and delivered to, and the
 * author of {@code inReplyTo} is delivered to as well.
 */
public record Post(String content, String to, Optional<URI> inReplyTo, List<URI> mentions) {

    public Post {
        requireNonNull(content, "content");
        requireNonNull(to, "to");
        requireNonNull(inReplyTo, "inReplyTo");
        mentions = List.copyOf(mentions);
    }

    public static Post publicly(String content) {
        return new Post(content, "public", Optional.empty(), List.of());
    }

    public static Post toFollowers(String content) {
        return new Post(content, "followers", Optional.empty(), List.of());
    }

    public static Post directlyTo(URI actor, String content) {
        return new Post(content, actor.toString(), Optional.empty(), List.of());
    }

    public Post replyingTo(URI object) {
        return new Post(content, to, Optional.of(object), mentions);
    }

    public Post mentioning(URI... actors) {
        List<URI> all = new ArrayList<>(mentions);
        all.addAll(List.of(actors));
        return new Post(content, to, inReplyTo, all);
    }
}
