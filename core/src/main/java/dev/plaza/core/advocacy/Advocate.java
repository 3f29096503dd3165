package dev.plaza.core.advocacy;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A person who speaks for the brand unprompted: how often, and when last. */
public record Advocate(long personId, String displayName, long recommendations, long answers, Instant lastAt) {

    public Advocate {
        requireNonNull(displayName, "displayName");
        requireNonNull(lastAt, "lastAt");
    }

    public long total() {
        return recommendations + answers;
    }
}
