package dev.plaza.core.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Everything one import or one connector poll brought in. The store writes a batch in one
 * transaction: all of it or nothing. Every identity an activity names must be in {@code identities}.
 */
public record IngestBatch(List<SeenIdentity> identities, List<IncomingActivity> activities, Optional<Long> channelId) {

    public IngestBatch {
        identities = List.copyOf(identities);
        activities = List.copyOf(activities);
        requireNonNull(channelId, "channelId");
    }
}
