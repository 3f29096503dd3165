package dev.plaza.core.people;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.Platform;
import java.util.Optional;

/**
 * One account on one platform. {@code stableId} is what the platform never changes (an actor URI,
 * a DID, a wallet address, a user id); the handle may change.
 */
public record Identity(
        long id,
        long workspaceId,
        long personId,
        Platform platform,
        String stableId,
        String handle,
        String displayName,
        Optional<String> profileUrl,
        LinkEvidence link) {

    public Identity {
        requireNonNull(platform, "platform");
        requireNonNull(stableId, "stableId");
        requireNonNull(handle, "handle");
        requireNonNull(displayName, "displayName");
        requireNonNull(profileUrl, "profileUrl");
        requireNonNull(link, "link");
    }
}
