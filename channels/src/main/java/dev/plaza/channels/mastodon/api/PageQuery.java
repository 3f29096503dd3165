package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Which page to ask for: {@code maxId} for items older than it, {@code minId} for the items just newer than
 * it (oldest of those first, so catching up from a stored position misses nothing), up to {@code limit}.
 */
public record PageQuery(Optional<String> maxId, Optional<String> minId, int limit) {

    /** Mastodon answers at most 40 items per page for timelines, 80 for notifications. */
    public static final int MAX_LIMIT = 40;

    public PageQuery {
        requireNonNull(maxId, "maxId");
        requireNonNull(minId, "minId");
        maxId.ifPresent(id -> MastodonIds.check(id, "max_id"));
        minId.ifPresent(id -> MastodonIds.check(id, "min_id"));
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a page holds 1 to %d items, not %d".formatted(MAX_LIMIT, limit));
        }
    }

    public static PageQuery latest(int limit) {
        return new PageQuery(Optional.empty(), Optional.empty(), limit);
    }

    public static PageQuery olderThan(String maxId, int limit) {
        return new PageQuery(Optional.of(maxId), Optional.empty(), limit);
    }

    public static PageQuery newerThan(String minId, int limit) {
        return new PageQuery(Optional.empty(), Optional.of(minId), limit);
    }

    String query() {
        StringBuilder q = new StringBuilder("limit=").append(limit);
        maxId.ifPresent(id -> q.append("&max_id=").append(id));
        minId.ifPresent(id -> q.append("&min_id=").append(id));
        return q.toString();
    }
}
