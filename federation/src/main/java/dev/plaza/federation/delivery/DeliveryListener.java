package dev.plaza.federation.delivery;

import dev.plaza.core.delivery.DeliveryJob;
import java.time.Duration;
import java.time.Instant;

/** What the worker reports, for metrics and logs; every method defaults to nothing. Must not block. */
public interface DeliveryListener {

    DeliveryListener NONE = new DeliveryListener() { };

    /** The inbox accepted the activity. */
    default void delivered(DeliveryJob job, int status, Duration took) {
    }

    /** The attempt failed and the job waits until {@code next}. */
    default void retrying(DeliveryJob job, Instant next, String reason) {
    }

    /** The job was not sent: its host's circuit is open until {@code until}. */
    default void heldBack(DeliveryJob job, Instant until) {
    }

    /** Given up on: refused by the inbox, or failing for longer than allowed. */
    default void dead(DeliveryJob job, String reason) {
    }
}
