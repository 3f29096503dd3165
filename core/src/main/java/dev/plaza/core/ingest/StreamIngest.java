package dev.plaza.core.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Where listeners keep what they hear on an event stream (a Bluesky firehose or Jetstream host):
 * each batch together with the position it reached, so that a listener resuming from
 * {@link #position} neither misses nor repeats anything. As the source can always be read again from
 * the stored position, a store may commit a batch without waiting for it to reach the disk: a batch
 * lost with the machine is lost with its position, and heard again.
 */
public interface StreamIngest {

    /**
     * Stores the batch as {@link Ingest} does, applies its deletions, refreshes the known identities it
     * describes anew, and stores its position: all in one transaction.
     */
    IngestResult ingest(long workspaceId, StreamBatch batch);

    /**
     * Stores several batches, of one stream or of several (the feeds a listener polled one after another),
     * each as {@link #ingest(long, StreamBatch)} does. A store with transactions keeps them all in one,
     * together or none of them, which saves a commit and a turn at the workspace per batch; this default
     * stores them one after another.
     */
    default IngestResult ingestAll(long workspaceId, List<StreamBatch> batches) {
        IngestResult stored = IngestResult.NOTHING;
        for (StreamBatch batch : batches) {
            stored = stored.plus(ingest(workspaceId, batch));
        }
        return stored;
    }

    /** The position stored with the stream's last batch; empty before the first. */
    Optional<Long> position(long workspaceId, String stream);
}
