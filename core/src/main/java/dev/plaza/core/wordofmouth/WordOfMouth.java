package dev.plaza.core.wordofmouth;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * How far recommendations travelled through reposts, quotes and replies, read from the echoes the
 * ingest links as activities arrive (an echo is linked when the post it echoes is stored first).
 */
public interface WordOfMouth {

    /** The longest chain of echoes followed: a cascade deeper than this counts its first steps. */
    int MAX_DEPTH = 20;

    /** The cascades of those of {@code postIds} in the workspace that someone echoed, by post id; the rest are left out. */
    Map<Long, Cascade> of(long workspaceId, Collection<Long> postIds);

    /** The recommendations and answers with the brand written from {@code from} until {@code to}, and how far they travelled. */
    WordOfMouthTotals totals(long workspaceId, Instant from, Instant to);
}
