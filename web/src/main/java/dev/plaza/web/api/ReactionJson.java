package dev.plaza.web.api;

import dev.plaza.core.publishing.Reaction;
import dev.plaza.core.publishing.ReactionType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/** A like or boost by the workspace's actor of a post anywhere; undoing it takes it back. */
record ReactionJson(
        long id,
        String uri,
        String type,
        String object,
        String objectAuthor,
        Instant reactedAt,
        Instant undoneAt) {

    /** The API speaks of boosts, as people do; ActivityPub calls them Announce. */
    private static final Map<ReactionType, String> KEYS = Map.of(ReactionType.LIKE, "like", ReactionType.ANNOUNCE, "boost");

    static ReactionJson of(Reaction r) {
        return new ReactionJson(r.id(), r.uri(), KEYS.get(r.type()), r.objectUri(), r.objectAuthor(), r.at(),
                r.undoneAt().orElse(null));
    }

    static ReactionType type(String key) {
        return Arrays.stream(ReactionType.values()).filter(t -> KEYS.get(t).equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("field 'type' must be like or boost, got '%s'"
                        .formatted(key)));
    }
}
