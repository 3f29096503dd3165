package dev.plaza.core.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The worker and admin side of the {@link DeliveryQueue}. A worker claims due jobs under a lease, sends them,
 * and records each outcome; every recording method takes the claimant's id and does nothing (returns
 * false) when the job is no longer that worker's, e.g. because its lease ran out and another worker
 * re-claimed it. That makes the queue itself exactly-once: a job is done, retried or dead once.
 */
public interface DeliveryJobs {

    /**
     * Claims up to {@code max} jobs that are due at {@code now}, or whose claimant's lease expired
     * (a crashed worker), skipping jobs another worker is claiming right now; each stays this
     * worker's until {@code now + lease}.
     */
    List<DeliveryJob> claim(String workerId, int max, Instant now, Duration lease);

    /**
     * A number that grows whenever jobs are queued, by this process or another on the same
     * database. A worker reads it before claiming and, if the claim came back empty, waits with
     * {@link #awaitQueued} instead of polling.
     */
    long queuedCount();

    /** Waits until jobs were queued after {@code seen} was read from {@link #queuedCount}, or {@code timeout} passes. */
    void awaitQueued(long seen, Duration timeout) throws InterruptedException;

    /** The inbox accepted it: done for good. */
    default boolean complete(long jobId, String workerId, Instant now, int httpStatus) {
        return complete(workerId, List.of(new Completion(jobId, now, httpStatus))).getFirst();
    }

    /** {@link #complete} for many jobs in one statement; one answer per completion, in order. */
    List<Boolean> complete(String workerId, List<Completion> completions);

    /** A failed attempt (counted): queued again for {@code nextAttemptAt}. */
    boolean retry(long jobId, String workerId, Instant nextAttemptAt, int httpStatus, String error);

    /** Not sent (circuit open, worker shutting down): queued again for {@code at}, no attempt counted. */
    boolean postpone(long jobId, String workerId, Instant at);

    /** Dead-lettered: the inbox refused it, or it kept failing past the configured time. */
    boolean kill(long jobId, String workerId, Instant now, int httpStatus, String error);

    /** The breaker's view of a host; closed with no failures if nothing is known. */
    HostCircuit host(String host);

    /** One more consecutive failure for {@code host}; returns the new state. */
    HostCircuit hostFailed(String host, String error);

    /** Opens the host's circuit until {@code until} and moves its queued jobs that are due earlier to then. */
    void openCircuit(String host, Instant until);

    /** A success: the host's failures are forgotten and its circuit closes. */
    void hostSucceeded(String host);

    /** How many jobs are in each state across the whole queue, for metrics and benchmarks. */
    DeliveryCounts counts();

    /** Jobs per state of one workspace's actors, for its admin page; open circuits are server-wide. */
    DeliveryCounts counts(long workspaceId);

    /** The most recently dead-lettered jobs, newest first. */
    List<DeadLetter> deadLetters(int limit);

    /** One workspace's dead letters, newest first: no workspace sees another's recipients. */
    List<DeadLetter> deadLetters(long workspaceId, int limit);
}
