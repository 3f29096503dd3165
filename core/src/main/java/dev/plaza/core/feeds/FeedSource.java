package dev.plaza.core.feeds;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * An RSS or Atom feed a workspace listens to through a listening channel, and how polling it goes:
 * the validators the last answer gave (for a conditional GET), when it was polled and is next due,
 * the last error and how many polls in a row failed, and how many items it has brought in all.
 */
public record FeedSource(
        long workspaceId,
        long channelId,
        String url,
        Optional<String> etag,
        Optional<String> lastModified,
        Optional<Instant> lastPolled,
        Instant nextPoll,
        Optional<String> lastError,
        int failures,
        long itemsSeen) {

    public static final int MAX_URL = 2_000;

    public FeedSource {
        requireNonNull(url, "url");
        requireNonNull(etag, "etag");
        requireNonNull(lastModified, "lastModified");
        requireNonNull(lastPolled, "lastPolled");
        requireNonNull(nextPoll, "nextPoll");
        requireNonNull(lastError, "lastError");
        if (url.isBlank() || url.length() > MAX_URL) {
            throw new IllegalArgumentException("a feed needs a URL of 1 to %d chars, not '%s'".formatted(MAX_URL, url));
        }
        if (failures < 0 || itemsSeen < 0) {
            throw new IllegalArgumentException("feed %s: failures (%d) and items seen (%d) cannot be negative"
                    .formatted(url, failures, itemsSeen));
        }
    }

    /** A feed not polled yet, due now. */
    public static FeedSource unpolled(long workspaceId, long channelId, String url, Instant now) {
        return new FeedSource(workspaceId, channelId, url, Optional.empty(), Optional.empty(), Optional.empty(), now,
                Optional.empty(), 0, 0);
    }
}
