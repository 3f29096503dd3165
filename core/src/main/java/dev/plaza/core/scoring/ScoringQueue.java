package dev.plaza.core.scoring;

/**
 * The posts waiting to be scored. Storing, editing or deleting a post queues it; {@link #scoreQueued}
 * takes the queue in turns, so a post is scored once for each text it had, whatever process stores it.
 */
public interface ScoringQueue {

    /**
     * Scores up to {@code limit} queued posts with {@code scorer} and stores their sentiment and
     * advocacy, the daily, per-conversation and per-advocate counts and the queue's progress in one
     * transaction (several workers share the queue: each takes posts the others do not hold). A deleted
     * or emptied post loses its scores. Answers how many queued posts were taken. A round that fails
     * stores nothing and counts against its posts: one that keeps failing is no longer taken, so it
     * cannot hold back the others.
     */
    int scoreQueued(int limit, PostScorer scorer);

    /** Posts waiting to be scored (those no longer taken included). */
    long queued();
}
