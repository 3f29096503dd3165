package dev.plaza.federation.delivery;

import dev.plaza.core.delivery.Completion;
import dev.plaza.core.delivery.DeadLetter;
import dev.plaza.core.delivery.DeliveryCounts;
import dev.plaza.core.delivery.DeliveryJob;
import dev.plaza.core.delivery.DeliveryJobs;
import dev.plaza.core.delivery.HostCircuit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** The queue as a process sees it that is killed at {@link #crash()}: from then on it records nothing. */
final class CrashingJobs implements DeliveryJobs {

    private final DeliveryJobs jobs;
    private final AtomicBoolean crashed = new AtomicBoolean();

    CrashingJobs(DeliveryJobs jobs) {
        this.jobs = jobs;
    }

    void crash() {
        crashed.set(true);
    }

    private void alive() {
        if (crashed.get()) {
            throw new IllegalStateException("the process was killed");
        }
    }

    @Override
    public long queuedCount() {
        return jobs.queuedCount();
    }

    @Override
    public void awaitQueued(long seen, Duration timeout) throws InterruptedException {
        jobs.awaitQueued(seen, timeout);
    }

    @Override
    public List<DeliveryJob> claim(String workerId, int max, Instant now, Duration lease) {
        alive();
        return jobs.claim(workerId, max, now, lease);
    }

    @Override
    public List<Boolean> complete(String workerId, List<Completion> completions) {
        alive();
        return jobs.complete(workerId, completions);
    }

    @Override
    public boolean retry(long jobId, String workerId, Instant nextAttemptAt, int httpStatus, String error) {
        alive();
        return jobs.retry(jobId, workerId, nextAttemptAt, httpStatus, error);
    }

    @Override
    public boolean postpone(long jobId, String workerId, Instant at) {
        alive();
        return jobs.postpone(jobId, workerId, at);
    }

    @Override
    public boolean kill(long jobId, String workerId, Instant now, int httpStatus, String error) {
        alive();
        return jobs.kill(jobId, workerId, now, httpStatus, error);
    }

    @Override
    public HostCircuit host(String host) {
        alive();
        return jobs.host(host);
    }

    @Override
    public HostCircuit hostFailed(String host, String error) {
        alive();
        return jobs.hostFailed(host, error);
    }

    @Override
    public void openCircuit(String host, Instant until) {
        alive();
        jobs.openCircuit(host, until);
    }

    @Override
    public void hostSucceeded(String host) {
        alive();
        jobs.hostSucceeded(host);
    }

    @Override
    public DeliveryCounts counts() {
        return jobs.counts();
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
        return jobs.deadLetters(limit);
    }

    @Override
    public DeliveryCounts counts(long workspaceId) {
        return jobs.counts(workspaceId);
    }

    @Override
    public List<DeadLetter> deadLetters(long workspaceId, int limit) {
        return jobs.deadLetters(workspaceId, limit);
    }
}
