package dev.plaza.core.community;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A connected account or source. Its credentials never leave the store in clear: this record only
 * says whether there are any. A paused channel is not listened to until it is resumed.
 */
public record Channel(
        long id,
        long workspaceId,
        Platform platform,
        String handle,
        ChannelKind kind,
        boolean hasCredentials,
        Instant createdAt,
        Optional<Instant> pausedAt) {

    /** A channel that is not paused. */
    public Channel(long id, long workspaceId, Platform platform, String handle, ChannelKind kind, boolean hasCredentials,
                   Instant createdAt) {
        this(id, workspaceId, platform, handle, kind, hasCredentials, createdAt, Optional.empty());
    }

    public boolean paused() {
        return pausedAt.isPresent();
    }

    /** A listening channel on RSS or YouTube whose handle is an http(s) URL: a feed Plaza polls. */
    public boolean isFeed() {
        return kind == ChannelKind.LISTENING && (platform == Platform.RSS || platform == Platform.YOUTUBE)
                && hasScheme("https", "http");
    }

    /** A listening channel on Bluesky whose handle is a host's URL: a firehose or Jetstream Plaza reads. */
    public boolean isStream() {
        return kind == ChannelKind.LISTENING && platform == Platform.BLUESKY && hasScheme("https", "http", "wss", "ws");
    }

    private boolean hasScheme(String... schemes) {
        String stripped = handle.strip();
        int end = stripped.indexOf("://");
        return end > 0 && List.of(schemes).contains(stripped.substring(0, end).toLowerCase(Locale.ROOT));
    }

    public Channel {
        requireNonNull(platform, "platform");
        requireNonNull(handle, "handle");
        requireNonNull(kind, "kind");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(pausedAt, "pausedAt");
        if (handle.isBlank()) {
            throw new IllegalArgumentException("a channel needs a handle");
        }
    }
}
