package dev.plaza.federation.peer;

import java.net.URI;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How a post alice prepares lies about itself: its id on another origin (another server's, or a
 * post of the brand's), or another author in {@code attributedTo}. The Create stays hers.
 */
public record Forgery(Optional<URI> objectId, Optional<URI> attributedTo) {

    public static final Forgery NONE = new Forgery(Optional.empty(), Optional.empty());

    public Forgery {
        requireNonNull(objectId, "objectId");
        requireNonNull(attributedTo, "attributedTo");
    }

    public static Forgery objectId(URI id) {
        return new Forgery(Optional.of(id), Optional.empty());
    }

    public static Forgery attributedTo(URI author) {
        return new Forgery(Optional.empty(), Optional.of(author));
    }

    public Forgery andAttributedTo(URI author) {
        return new Forgery(objectId, Optional.of(author));
    }
}
