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
     * the latest {@code months} calendar months among them, from the cascades kept as echoes arrive (the
     * job's work: counting a year's distinct echoes and people takes a fraction of a second at millions of
     * activities), after walking again the cascades walked in the half hour before {@code now}; does
     * nothing when there is no recommendation.
     */
    void keep(long workspaceId, int months, Instant now);

    /** Counts again whom each kept echo reaches, as people are now (merged or parted) and as the brand's accounts are. */
    void recountPeople(long workspaceId);

    /** The twelve months' totals the job kept last. */
    java.util.Optional<KeptWordOfMouth> keptYear(long workspaceId);

    /** The totals the job kept for the calendar month that starts on {@code month}. */
    java.util.Optional<KeptWordOfMouth> keptMonth(long workspaceId, java.time.LocalDate month);
}
