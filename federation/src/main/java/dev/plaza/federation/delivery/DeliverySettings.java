package dev.plaza.federation.delivery;

import java.time.Duration;

/**
 * How the delivery worker drains the queue.
 *
 * @param workers          virtual threads sending at once
 * @param batchSize        jobs one thread claims per round trip to the database
 * @param lease            how long a claimed job stays a worker's; after it a crashed worker's job is claimed again
 * @param idlePoll         how long an idle thread waits for newly queued jobs (it is woken when some are)
 *                         before looking again for jobs that came due, such as retries
 * @param backoffBase      the first retry's delay; each failed attempt doubles it (with jitter)
 * @param backoffCap       the longest delay between attempts
 * @param deadAfter        how long after enqueueing a job that still fails is dead-lettered
 * @param breakerThreshold consecutive failures after which a host's circuit opens
 * @param breakerBase      how long the circuit first stays open; doubles with each failed probe
 * @param breakerCap       the longest a circuit stays open before a probe
 */
public record DeliverySettings(int workers, int batchSize, Duration lease, Duration idlePoll, Duration backoffBase,
                               Duration backoffCap, Duration deadAfter, int breakerThreshold, Duration breakerBase,
                               Duration breakerCap) {

    public static final DeliverySettings DEFAULT = new DeliverySettings(32, 32, Duration.ofMinutes(5),
            Duration.ofMillis(250), Duration.ofMinutes(1), Duration.ofHours(6), Duration.ofDays(2), 5,
            Duration.ofMinutes(1), Duration.ofHours(6));

    public DeliverySettings {
        if (workers < 1 || batchSize < 1 || breakerThreshold < 1) {
            throw new IllegalArgumentException("workers (%d), batchSize (%d) and breakerThreshold (%d) must be at least 1"
                    .formatted(workers, batchSize, breakerThreshold));
        }
        for (Duration d : new Duration[] {lease, idlePoll, backoffBase, backoffCap, deadAfter, breakerBase, breakerCap}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("delivery durations must be positive; got " + d);
            }
        }
    }

    public DeliverySettings withWorkers(int n) {
        return new DeliverySettings(n, batchSize, lease, idlePoll, backoffBase, backoffCap, deadAfter, breakerThreshold,
                breakerBase, breakerCap);
    }

    public DeliverySettings withIdlePoll(Duration poll) {
        return new DeliverySettings(workers, batchSize, lease, poll, backoffBase, backoffCap, deadAfter,
                breakerThreshold, breakerBase, breakerCap);
    }

    public DeliverySettings withDeadAfter(Duration after) {
        return new DeliverySettings(workers, batchSize, lease, idlePoll, backoffBase, backoffCap, after,
                breakerThreshold, breakerBase, breakerCap);
    }

    public DeliverySettings withBreaker(int threshold, Duration base, Duration cap) {
        return new DeliverySettings(workers, batchSize, lease, idlePoll, backoffBase, backoffCap, deadAfter, threshold,
                base, cap);
    }
}
