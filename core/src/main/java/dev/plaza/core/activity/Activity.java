package dev.plaza.core.activity;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.Platform;
import java.time.Instant;
import java.util.Optional;

/** One thing that happened in the community, on any platform, in one shape. */
public record Activity(
        long id,
        long workspaceId,
        String uri,
        Platform platform,
        ActivityKind kind,
        long authorIdentityId,
        Optional<Long> communityId,
        Optional<Long> channelId,
        Optional<Long> conversationId,
        Instant at,
        String text,
        Optional<String> language,
        Optional<String> inReplyToUri,
        Optional<String> targetUri,
        Optional<String> url) {

    public static final int MAX_TEXT = 100_000;

    public Activity {
        requireNonNull(uri, "uri");
        requireNonNull(platform, "platform");
        requireNonNull(kind, "kind");
        requireNonNull(communityId, "communityId");
        requireNonNull(channelId, "channelId");
        requireNonNull(conversationId, "conversationId");
        requireNonNull(at, "at");
        requireNonNull(text, "text");
        requireNonNull(language, "language");
        requireNonNull(inReplyToUri, "inReplyToUri");
        requireNonNull(targetUri, "targetUri");
        requireNonNull(url, "url");
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("activity text is %d chars; the limit is %d"
                    .formatted(text.length(), MAX_TEXT));
        }
    }
}
