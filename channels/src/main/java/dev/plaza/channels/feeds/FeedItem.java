package dev.plaza.channels.feeds;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One item (RSS) or entry (Atom) of a feed, its HTML already turned into text and its links resolved.
 * {@code id} is the RSS guid or the Atom id; {@code idIsCanonical} says whether it names the item for
 * good (an Atom id, an RSS guid that is a permalink) rather than being the publisher's private label.
 * {@code links} are the item's own link and the links in its content.
 */
public record FeedItem(Optional<String> id, boolean idIsCanonical, Optional<String> link, String title, String text,
                       Optional<String> author, Optional<String> authorUri, Optional<Instant> published,
                       Optional<Instant> updated, List<String> categories, List<String> links) {

    public FeedItem {
        requireNonNull(id, "id");
        requireNonNull(link, "link");
        requireNonNull(title, "title");
        requireNonNull(text, "text");
        requireNonNull(author, "author");
        requireNonNull(authorUri, "authorUri");
        requireNonNull(published, "published");
        requireNonNull(updated, "updated");
        categories = List.copyOf(categories);
        links = List.copyOf(links);
    }

    /** The item's id for good: a canonical id, else its link, else empty (the feed cannot name it twice alike). */
    public Optional<String> canonicalId() {
        return idIsCanonical ? id : link.or(() -> id);
    }
}
