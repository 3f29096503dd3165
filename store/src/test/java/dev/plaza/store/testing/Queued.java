package dev.plaza.store.testing;

import dev.plaza.core.Store;
import dev.plaza.core.delivery.DeliveryJob;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What Plaza queued for delivery, as a test with no delivery worker sees it: each job is claimed
 * (so handed out) once, and a later call answers only what was queued since.
 */
public final class Queued {

    private Queued() {
    }

    /** Every job queued and not yet claimed. */
    public static List<DeliveryJob> claim(Store store) {
        return store.deliveryJobs().claim("queued-in-tests", 100, Instant.now().plusSeconds(5), Duration.ofMinutes(1));
    }

    /** The job that delivers {@code activityId}, among those queued since the last claim; an error names what was there. */
    public static DeliveryJob activity(Store store, String activityId) {
        List<DeliveryJob> jobs = claim(store);
        return jobs.stream().filter(j -> j.activityId().equals(activityId)).findFirst()
                .orElseThrow(() -> new AssertionError("no delivery of %s among %s".formatted(activityId,
                        jobs.stream().map(DeliveryJob::activityId).toList())));
    }

    public static String json(DeliveryJob job) {
        return new String(job.activityJson(), StandardCharsets.UTF_8);
    }
}
