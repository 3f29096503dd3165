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

    /**
     * Counts and keeps the totals of the twelve months up to the newest recommendation or answer, and of
     * the latest {@code months} calendar months among them (the job's work: a year's walk takes seconds
     * at millions of activities); does nothing when there is no recommendation.
     */
    void keep(long workspaceId, int months, Instant now);

    /** The twelve months' totals the job kept last. */
    java.util.Optional<KeptWordOfMouth> keptYear(long workspaceId);

    /** The totals the job kept for the calendar month that starts on {@code month}. */
    java.util.Optional<KeptWordOfMouth> keptMonth(long workspaceId, java.time.LocalDate month);
}
