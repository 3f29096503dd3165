package dev.plaza.core.delivery;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;

/**
 * One claimed job: an activity to POST, signed as the actor, to one inbox.
 *
 * @param host      the inbox's host[:port], lower case: the circuit breaker's key
 * @param attempts  attempts recorded so far
 * @param queuedAt  when the activity was enqueued: dead-lettering counts from here
 */
public record DeliveryJob(long id, long deliveryId, long actorId, String actorUsername, String activityId,
                          byte[] activityJson, URI inbox, String host, int attempts, Instant queuedAt) {

    public DeliveryJob {
        requireNonNull(actorUsername, "actorUsername");
        requireNonNull(activityId, "activityId");
        requireNonNull(activityJson, "activityJson");
        requireNonNull(inbox, "inbox");
        requireNonNull(host, "host");
        requireNonNull(queuedAt, "queuedAt");
    }

    @Override
    public String toString() {
        return "DeliveryJob[%d %s -> %s, attempts %d]".formatted(id, activityId, inbox, attempts);
    }
}
