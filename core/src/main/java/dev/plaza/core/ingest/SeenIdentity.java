package dev.plaza.core.ingest;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.Platform;
import java.util.Optional;

/**
 * An account as a connector saw it. {@code personHint}, when present, asks the store to link every
 * identity with the same hint in a batch to one person (e.g. an account that names its other
 * accounts), with the hint's evidence.
 */
public record SeenIdentity(
        Platform platform,
        String stableId,
        String handle,
        String displayName,
        Optional<String> profileUrl,
        Optional<PersonHint> personHint) {

    public SeenIdentity {
        requireNonNull(platform, "platform");
        requireNonNull(stableId, "stableId");
        requireNonNull(handle, "handle");
        requireNonNull(displayName, "displayName");
        requireNonNull(profileUrl, "profileUrl");
        requireNonNull(personHint, "personHint");
        if (stableId.isBlank()) {
            throw new IllegalArgumentException("an identity needs a stable id (actor URI, DID, user id)");
        }
    }

    public static SeenIdentity of(Platform platform, String stableId, String handle, String displayName,
            Optional<String> profileUrl) {
        return new SeenIdentity(platform, stableId, handle, displayName, profileUrl, Optional.empty());
    }

    public IdentityKey key() {
        return new IdentityKey(platform, stableId);
    }
}
