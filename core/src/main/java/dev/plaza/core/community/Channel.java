package dev.plaza.core.community;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A connected account or source. Its credentials never leave the store in clear: this record only
 * says whether there are any.
 */
public record Channel(
        long id,
        long workspaceId,
        Platform platform,
        String handle,
        ChannelKind kind,
        boolean hasCredentials,
        Instant createdAt) {

    public Channel {
        requireNonNull(platform, "platform");
        requireNonNull(handle, "handle");
        requireNonNull(kind, "kind");
        requireNonNull(createdAt, "createdAt");
        if (handle.isBlank()) {
            throw new IllegalArgumentException("a channel needs a handle");
        }
    }
}
