package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One page of a paginated list, newest first as Mastodon answers, and the cursors its {@code Link}
 * header gave (Mastodon docs, "Paginating through API responses"): {@code nextMaxId} for the older page
 * ({@code rel="next"}), {@code prevMinId} for the newer one ({@code rel="prev"}).
 */
public record Page<T>(List<T> items, Optional<String> nextMaxId, Optional<String> prevMinId) {

    public Page {
        items = List.copyOf(items);
        requireNonNull(nextMaxId, "nextMaxId");
        requireNonNull(prevMinId, "prevMinId");
    }
}
