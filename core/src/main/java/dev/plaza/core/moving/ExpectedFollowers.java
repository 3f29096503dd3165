package dev.plaza.core.moving;

import static java.util.Objects.requireNonNull;

/**
 * How far the followers of an old account have followed the move: {@code following} of
 * {@code expected} follow the local actor now.
 */
public record ExpectedFollowers(String oldAccount, long expected, long following) {

    public ExpectedFollowers {
        requireNonNull(oldAccount, "oldAccount");
        if (expected < 0 || following < 0 || following > expected) {
            throw new IllegalArgumentException("%d of %d followers is not a count".formatted(following, expected));
        }
    }

    public long percent() {
        return expected == 0 ? 0 : following * 100 / expected;
    }
}
