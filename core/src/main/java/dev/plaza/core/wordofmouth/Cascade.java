package dev.plaza.core.wordofmouth;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * How far a post (a recommendation, usually) travelled by word of mouth: its echoes, the echoes of
 * those, and so on, up to {@link WordOfMouth#MAX_DEPTH} steps away.
 *
 * @param direct the reposts, quotes and replies of the post itself
 * @param all the echoes at every step, the direct ones included
 * @param peopleReached the different people who echoed it at any step, its author and the brand left out
 * @param depth the longest chain of echoes: 1 when only the post itself was echoed
 * @param latestEchoAt when the newest of its echoes was written
 */
public record Cascade(long postId, Echoes direct, Echoes all, long peopleReached, int depth, Instant latestEchoAt) {

    public Cascade {
        requireNonNull(direct, "direct");
        requireNonNull(all, "all");
        requireNonNull(latestEchoAt, "latestEchoAt");
        if (depth < 1 || depth > WordOfMouth.MAX_DEPTH) {
            throw new IllegalArgumentException("a cascade is 1 to %d echoes deep, not %d".formatted(WordOfMouth.MAX_DEPTH, depth));
        }
    }
}
