package dev.plaza.core.ingest;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.CommunityKind;
import dev.plaza.core.community.Platform;
import java.util.Optional;

/** A community named by a connector; the store creates it the first time it is seen. */
public record CommunityRef(Platform platform, CommunityKind kind, String name, Optional<String> url) {

    public CommunityRef {
        requireNonNull(platform, "platform");
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
        requireNonNull(url, "url");
    }
}
