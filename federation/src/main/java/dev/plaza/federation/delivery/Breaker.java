package dev.plaza.federation.delivery;

import dev.plaza.core.delivery.DeliveryJobs;
import dev.plaza.core.delivery.HostCircuit;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One circuit per host:port. After {@code threshold} failures in a row the host's circuit opens for
 * {@code base}, doubling with each further failure up to {@code cap}; while open, its jobs wait
 * unsent. When it runs out one job goes through as a probe (half-open) while the host's other jobs
 * wait a little longer; the probe's success closes the circuit, its failure opens it for longer.
 * The state lives in the database so every worker shares it; this class caches what it last saw
 * (another node's change shows up here at this node's next failure or success on that host).
 */
final class Breaker {

    private final DeliveryJobs jobs;
    private final int threshold;
    private final Duration base;
    private final Duration cap;
    private final Map<String, HostCircuit> seen = new ConcurrentHashMap<>();
    private final Set<String> probing = ConcurrentHashMap.newKeySet();

    Breaker(DeliveryJobs jobs, DeliverySettings settings) {
        this.jobs = jobs;
        this.threshold = settings.breakerThreshold();
        this.base = settings.breakerBase();
        this.cap = settings.breakerCap();
    }

    /** Empty if the job may be sent now (the caller then owes {@link #succeeded} or {@link #failed}). */
    Optional<Instant> heldUntil(String host, Instant now) {
        HostCircuit circuit = seen.computeIfAbsent(host, jobs::host);
        if (circuit.isOpenAt(now)) {
            return circuit.openUntil();
        }
        if (circuit.consecutiveFailures() >= threshold && !probing.add(host)) {
            return Optional.of(now.plus(base));
        }
        return Optional.empty();
    }

    void succeeded(String host) {
        HostCircuit circuit = seen.get(host);
        probing.remove(host);
        if (circuit == null || circuit.consecutiveFailures() > 0 || circuit.openUntil().isPresent()) {
            jobs.hostSucceeded(host);
            seen.put(host, HostCircuit.closed(host));
        }
    }

    void failed(String host, String error, Instant now) {
        HostCircuit circuit = jobs.hostFailed(host, error);
        if (circuit.consecutiveFailures() >= threshold) {
            Instant until = now.plus(Backoff.doubled(base, circuit.consecutiveFailures() - threshold, cap));
            jobs.openCircuit(host, until);
            circuit = new HostCircuit(host, circuit.consecutiveFailures(), Optional.of(until));
        }
        seen.put(host, circuit);
        probing.remove(host);
    }

    /** The host answered, but not with success (a refusal, a rate limit): alive, so no failure, but the probe is over. */
    void answered(String host) {
        succeeded(host);
    }
}
