package dev.plaza.atproto.listening;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls until a condition holds, failing with a description of what was awaited and what was seen. */
public final class Waiting {

    private Waiting() {
    }

    public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> seen) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited %d s in vain; %s".formatted(timeout.toSeconds(), seen.get()));
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}
