package dev.plaza.core.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A job its inbox accepted, answering {@code httpStatus} at {@code at}. */
public record Completion(long jobId, Instant at, int httpStatus) {

    public Completion {
        requireNonNull(at, "at");
    }
}
