package dev.plaza.core.community;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** A community with the numbers the Communities page shows. */
public record CommunitySummary(Community community, long activities, long people, Optional<Instant> lastActivityAt) {

    public CommunitySummary {
        requireNonNull(community, "community");
        requireNonNull(lastActivityAt, "lastActivityAt");
    }
}
