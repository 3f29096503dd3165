package dev.plaza.channels.feeds;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An RSS or Atom feed as read: its title, the site it belongs to, its declared language, how long an
 * RSS feed asks to be cached ({@code ttl}), and its items in document order.
 */
public record Feed(Format format, String title, Optional<String> siteLink, Optional<String> language,
                   Optional<Duration> ttl, List<FeedItem> items) {

    public enum Format { RSS_2, RSS_1, ATOM }

    public Feed {
        requireNonNull(format, "format");
        requireNonNull(title, "title");
        requireNonNull(siteLink, "siteLink");
        requireNonNull(language, "language");
        requireNonNull(ttl, "ttl");
        items = List.copyOf(items);
    }
}
