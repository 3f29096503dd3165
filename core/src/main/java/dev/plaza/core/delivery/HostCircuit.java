package dev.plaza.core.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** What the circuit breaker knows about one host: failures in a row, and until when it is left alone. */
public record HostCircuit(String host, int consecutiveFailures, Optional<Instant> openUntil) {

    public HostCircuit {
        requireNonNull(host, "host");
        requireNonNull(openUntil, "openUntil");
    }

    public static HostCircuit closed(String host) {
        return new HostCircuit(host, 0, Optional.empty());
    }

    public boolean isOpenAt(Instant now) {
        return openUntil.map(now::isBefore).orElse(false);
    }
}
