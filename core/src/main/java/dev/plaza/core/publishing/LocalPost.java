package dev.plaza.core.publishing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A post by one of Plaza's actors: what the author wrote ({@code source}), the HTML it became
 * ({@code content}, with mentions, hashtags and links), and how it was addressed. A deleted post
 * keeps its row and answers as a Tombstone.
 */
public record LocalPost(
        long id,
        long actorId,
        String uri,
        Visibility visibility,
        String source,
        String content,
        Optional<String> contentWarning,
        Optional<String> language,
        Optional<String> inReplyTo,
        List<Mention> mentions,
        List<String> hashtags,
        Optional<PostPoll> poll,
        Instant published,
        Optional<Instant> updated,
        Optional<Instant> deletedAt) implements OutboxItem {

    public static final int MAX_SOURCE = 5_000;

    public LocalPost {
        requireNonNull(uri, "uri");
        requireNonNull(visibility, "visibility");
        requireNonNull(source, "source");
        requireNonNull(content, "content");
        requireNonNull(contentWarning, "contentWarning");
        requireNonNull(language, "language");
        requireNonNull(inReplyTo, "inReplyTo");
        mentions = List.copyOf(mentions);
        hashtags = List.copyOf(hashtags);
        requireNonNull(poll, "poll");
        requireNonNull(published, "published");
        requireNonNull(updated, "updated");
        requireNonNull(deletedAt, "deletedAt");
        if (source.length() > MAX_SOURCE) {
            throw new IllegalArgumentException("a post is at most %d characters; this one has %d"
                    .formatted(MAX_SOURCE, source.length()));
        }
    }

    @Override
    public Instant at() {
        return published;
    }

    public boolean deleted() {
        return deletedAt.isPresent();
    }

    /** The same post after an edit: new text and settings, the same id, audience and poll options. */
    public LocalPost edited(String newSource, String newContent, Optional<String> newWarning, Optional<String> newLanguage,
            List<Mention> newMentions, List<String> newHashtags, Instant at) {
        return new LocalPost(id, actorId, uri, visibility, newSource, newContent, newWarning, newLanguage, inReplyTo,
                newMentions, newHashtags, poll, published, Optional.of(at), deletedAt);
    }

    /** The same post, deleted at {@code at}. */
    public LocalPost markedDeleted(Instant at) {
        return new LocalPost(id, actorId, uri, visibility, source, content, contentWarning, language, inReplyTo, mentions,
                hashtags, poll, published, updated, Optional.of(at));
    }
}
