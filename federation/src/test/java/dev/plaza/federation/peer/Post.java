package dev.plaza.federation.peer;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A post for alice to publish: a Note, an Article with its title, or a Question with its options
 * (single choice). {@code to} is "public" (to as:Public, cc her followers), "followers", or one
 * actor URI for a direct message; mentioned actors are tagged, cc'd and delivered to, and the
 * author of {@code inReplyTo} is delivered to as well.
 */
public record Post(String content, String to, Optional<URI> inReplyTo, List<URI> mentions, Type type,
                   Optional<String> title, List<String> options) {

    /** The ActivityStreams type alice gives the post. */
    public enum Type { NOTE, ARTICLE, QUESTION }

    public Post {
        requireNonNull(content, "content");
        requireNonNull(to, "to");
        requireNonNull(inReplyTo, "inReplyTo");
        mentions = List.copyOf(mentions);
        requireNonNull(type, "type");
        requireNonNull(title, "title");
        options = List.copyOf(options);
        if ((type == Type.QUESTION) != (options.size() >= 2)) {
            throw new IllegalArgumentException("a Question, and only a Question, has two or more options; got %s with %s"
                    .formatted(type, options));
        }
    }

    public static Post publicly(String content) {
        return new Post(content, "public", Optional.empty(), List.of(), Type.NOTE, Optional.empty(), List.of());
    }

    public static Post toFollowers(String content) {
        return new Post(content, "followers", Optional.empty(), List.of(), Type.NOTE, Optional.empty(), List.of());
    }

    public static Post directlyTo(URI actor, String content) {
        return new Post(content, actor.toString(), Optional.empty(), List.of(), Type.NOTE, Optional.empty(), List.of());
    }

    public Post replyingTo(URI object) {
        return new Post(content, to, Optional.of(object), mentions, type, title, options);
    }

    public Post mentioning(URI... actors) {
        List<URI> all = new ArrayList<>(mentions);
        all.addAll(List.of(actors));
        return new Post(content, to, inReplyTo, all, type, title, options);
    }

    /** The same post as an Article titled {@code articleTitle}. */
    public Post asArticle(String articleTitle) {
        return new Post(content, to, inReplyTo, mentions, Type.ARTICLE, Optional.of(articleTitle), List.of());
    }

    /** The same post as a single-choice poll (a Question) open for a day. */
    public Post asPoll(String... choices) {
        return new Post(content, to, inReplyTo, mentions, Type.QUESTION, Optional.empty(), List.of(choices));
    }

    /** The type's name in ActivityStreams. */
    String typeName() {
        return switch (type) {
            case NOTE -> "Note";
            case ARTICLE -> "Article";
            case QUESTION -> "Question";
        };
    }
}
