package dev.plaza.core.delivery;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;

/**
 * One activity to deliver, signed as {@code actorId}, to each of {@code inboxes}. The queue sends
 * one request per distinct inbox (a shared inbox once), and {@code activityId} makes enqueueing the
 * same activity twice a no-op.
 */
public record Delivery(long actorId, String activityId, byte[] activityJson, List<URI> inboxes) {

    public Delivery {
        requireNonNull(activityId, "activityId");
        requireNonNull(activityJson, "activityJson");
        inboxes = List.copyOf(inboxes);
    }
}
