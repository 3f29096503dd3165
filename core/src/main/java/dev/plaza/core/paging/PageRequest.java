package dev.plaza.core.paging;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** Where a page starts (an opaque cursor from the previous page) and how long it is. */
public record PageRequest(Optional<String> cursor, int limit) {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    public PageRequest {
        requireNonNull(cursor, "cursor");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must lie between 1 and %d, got %d".formatted(MAX_LIMIT, limit));
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(Optional.empty(), limit);
    }

    public static PageRequest after(String cursor, int limit) {
        return new PageRequest(Optional.of(cursor), limit);
    }
}
