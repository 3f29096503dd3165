package dev.plaza.federation.delivery;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.GroupCommit;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.core.delivery.Completion;
import dev.plaza.core.delivery.DeliveryJob;
import dev.plaza.core.delivery.DeliveryJobs;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.OutboundRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the delivery queue with {@link DeliverySettings#workers()} virtual threads, each claiming a
 * small batch under a lease and POSTing each job to its inbox (see {@link Sender} for signing).
 *
 * <p>Outcomes: 2xx is done; 429 or 503 with Retry-After waits that long; any other 4xx but 408 and
 * 429 is dead at once (the inbox refuses it); 5xx, 408, 429 without Retry-After and network errors
 * back off exponentially. Jobs older than {@link DeliverySettings#deadAfter()} are dead-lettered.
 * {@link Breaker} keeps dead hosts from being hammered. {@link #close()} stops claiming, lets each
 * thread finish the request it is sending and hands the rest of its batch back to the queue.
 */
public final class DeliveryWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int MAX_ERROR = 500;

    private final String id = "worker-" + UUID.randomUUID();
    private final DeliveryJobs jobs;
    private final Sender sender;
    private final Breaker breaker;
    private final DeliverySettings settings;
    private final Clock clock;
    private final DeliveryListener listener;
    private final GroupCommit<Completion, Boolean> completions;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public DeliveryWorker(DeliveryJobs jobs, LocalActors actors, ActorUris uris, GuardedHttpClient http,
                          DeliverySettings settings, Clock clock, DeliveryListener listener) {
        this.jobs = requireNonNull(jobs, "jobs");
        this.settings = requireNonNull(settings, "settings");
        this.clock = requireNonNull(clock, "clock");
        this.listener = requireNonNull(listener, "listener");
        this.sender = new Sender(http, actors, uris, clock);
        this.breaker = new Breaker(jobs, settings);
        this.completions = new GroupCommit<>("delivery-done", 256, (unused, done) -> jobs.complete(id, done));
    }

    /** This worker's claimant id, as the queue records it. */
    public String id() {
        return id;
    }

    public synchronized DeliveryWorker start() {
        if (running) {
            throw new IllegalStateException("the delivery worker is already running");
        }
        running = true;
        for (int i = 0; i < settings.workers(); i++) {
            threads.add(Thread.ofVirtual().name("delivery-" + i).start(this::drain));
        }
        return this;
    }

    /** Stops claiming, waits for requests in flight, and returns claimed but unsent jobs to the queue. */
    @Override
    public synchronized void close() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(settings.lease().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    private void drain() {
        while (running) {
            try {
                long queued = jobs.queuedCount();
                List<DeliveryJob> batch = jobs.claim(id, settings.batchSize(), clock.instant(), settings.lease());
                if (batch.isEmpty()) {
                    jobs.awaitQueued(queued, settings.idlePoll());
                    continue;
                }
                for (int i = 0; i < batch.size(); i++) {
                    if (!running) {
                        handBack(batch.subList(i, batch.size()));
                        return;
                    }
                    deliver(batch.get(i));
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database is away, most likely: claimed jobs come back when their lease runs out.
                LOG.warn("delivery worker {}: {}", id, e.getMessage());
                pause();
            }
        }
    }

    private void deliver(DeliveryJob job) {
        Instant now = clock.instant();
        Instant deadline = job.queuedAt().plus(settings.deadAfter());
        if (!now.isBefore(deadline)) {
            kill(job, 0, "still not delivered %s after it was queued; gave up".formatted(settings.deadAfter()));
            return;
        }
        Optional<Instant> held = breaker.heldUntil(job.host(), now);
        if (held.isPresent()) {
            jobs.postpone(job.id(), id, held.get());
            listener.heldBack(job, held.get());
            return;
        }
        FetchedResponse response;
        try {
            response = sender.send(job);
        } catch (OutboundRequestException e) {
            unreachable(job, e, now, deadline);
            return;
        }
        answered(job, response, now, deadline);
    }

    private void answered(DeliveryJob job, FetchedResponse response, Instant started, Instant deadline) {
        int status = response.status();
        Instant now = clock.instant();
        if (response.isSuccess()) {
            completions.submit(0, new Completion(job.id(), now, status));
            breaker.succeeded(job.host());
            listener.delivered(job, status, Duration.between(started, now));
            return;
        }
        String error = "%d from %s%s".formatted(status, job.inbox(), excerpt(response));
        Optional<Instant> retryAfter = (status == 429 || status == 503)
                ? Backoff.retryAfter(response.headers().first("retry-after"), now)
                : Optional.empty();
        if (retryAfter.isPresent()) {
            breaker.answered(job.host());
            retry(job, max(retryAfter.get(), now), status, error, deadline);
        } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
            breaker.answered(job.host());
            kill(job, status, error);
        } else {
            if (status != 429) {
                breaker.failed(job.host(), error, now);
            } else {
                breaker.answered(job.host());
            }
            retry(job, now.plus(backoff(job)), status, error, deadline);
        }
    }

    private void unreachable(DeliveryJob job, OutboundRequestException e, Instant now, Instant deadline) {
        String error = truncate(e.getMessage());
        switch (e.reason()) {
            case BAD_URL, FORBIDDEN_ADDRESS -> kill(job, 0, error);
            default -> {
                breaker.failed(job.host(), error, now);
                retry(job, now.plus(backoff(job)), 0, error, deadline);
            }
        }
    }

    private void retry(DeliveryJob job, Instant next, int status, String error, Instant deadline) {
        if (next.isAfter(deadline)) {
            kill(job, status, error + "; the next attempt would be after the %s limit".formatted(settings.deadAfter()));
            return;
        }
        jobs.retry(job.id(), id, next, status, error);
        listener.retrying(job, next, error);
    }

    private void kill(DeliveryJob job, int status, String error) {
        jobs.kill(job.id(), id, clock.instant(), status, truncate(error));
        listener.dead(job, error);
    }

    private Duration backoff(DeliveryJob job) {
        return Backoff.after(job.attempts(), settings.backoffBase(), settings.backoffCap());
    }

    private void handBack(List<DeliveryJob> unsent) {
        Instant now = clock.instant();
        unsent.forEach(job -> jobs.postpone(job.id(), id, now));
    }

    private void pause() {
        try {
            Thread.sleep(settings.idlePoll());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static String excerpt(FetchedResponse response) {
        String body = response.bodyText().strip();
        return body.isEmpty() ? "" : ": " + truncate(body);
    }

    private static String truncate(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR) + "…";
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
