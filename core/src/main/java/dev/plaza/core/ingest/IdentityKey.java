package dev.plaza.core.ingest;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.Platform;

/** What makes an identity unique within a workspace: its platform and its stable id. */
public record IdentityKey(Platform platform, String stableId) {

    public IdentityKey {
        requireNonNull(platform, "platform");
        requireNonNull(stableId, "stableId");
    }
}
