package dev.plaza.core.community;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A place where the community meets: a fediverse instance, a hashtag, a Bluesky feed, a forum, a Slack workspace. */
public record Community(
        long id,
        long workspaceId,
        Platform platform,
        CommunityKind kind,
        String name,
        Optional<String> url,
        String description) {

    public Community {
        requireNonNull(platform, "platform");
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
        requireNonNull(url, "url");
        requireNonNull(description, "description");
    }
}
