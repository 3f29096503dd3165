package dev.plaza.core.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** A job that was given up on, and why. */
public record DeadLetter(long jobId, String activityId, String inbox, int attempts, Optional<Integer> lastStatus,
                         String lastError, Instant diedAt) {

    public DeadLetter {
        requireNonNull(activityId, "activityId");
        requireNonNull(inbox, "inbox");
        requireNonNull(lastStatus, "lastStatus");
        requireNonNull(lastError, "lastError");
        requireNonNull(diedAt, "diedAt");
    }
}
