package dev.plaza.core.publishing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** A like or boost by one of Plaza's actors of a post anywhere; {@code uri} is the Like/Announce activity's id. */
public record Reaction(
        long id,
        long actorId,
        String uri,
        ReactionType type,
        String objectUri,
        String objectAuthor,
        Instant at,
        Optional<Instant> undoneAt) implements OutboxItem {

    public Reaction {
        requireNonNull(uri, "uri");
        requireNonNull(type, "type");
        requireNonNull(objectUri, "objectUri");
        requireNonNull(objectAuthor, "objectAuthor");
        requireNonNull(at, "at");
        requireNonNull(undoneAt, "undoneAt");
    }

    public boolean live() {
        return undoneAt.isEmpty();
    }

    /** The same reaction, undone at {@code at}. */
    public Reaction markedUndone(Instant at) {
        return new Reaction(id, actorId, uri, type, objectUri, objectAuthor, this.at, Optional.of(at));
    }
}
