package dev.plaza.core.sentiment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The sentiment of stored posts. Storing, editing or deleting a post queues it; {@link #scoreQueued}
 * takes the queue in turns, so a post is scored once for each text it had, whatever process stores it.
 */
public interface Sentiments {

    /**
     * Scores up to {@code limit} queued posts with {@code classifier} and stores their classes, the
     * daily counts and the queue's progress in one transaction (several workers share the queue: each
     * takes posts the others do not hold). A deleted or emptied post loses its score. Answers how many
     * queued posts were taken.
     */
    int scoreQueued(int limit, SentimentClassifier classifier);

    /** Posts waiting to be scored. */
    long queued();

    /** Posts per day, platform and class, from {@code from} to {@code to} (UTC days). */
    List<SentimentDay> daily(long workspaceId, LocalDate from, LocalDate to);

    /** The scores of those of {@code activityIds} that have one. */
    Map<Long, SentimentScore> of(long workspaceId, Collection<Long> activityIds);
}
