package dev.plaza.core.ingest;

import java.util.Optional;

/**
 * Where listeners keep what they hear on an event stream (a Bluesky firehose or Jetstream host):
 * each batch together with the position it reached, so that a listener resuming from
 * {@link #position} neither misses nor repeats anything.
 */
public interface StreamIngest {

    /**
     * Stores the batch as {@link Ingest} does, applies its deletions, refreshes the known identities it
     * describes anew, and stores its position: all in one transaction.
     */
    IngestResult ingest(long workspaceId, StreamBatch batch);

    /** The position stored with the stream's last batch; empty before the first. */
    Optional<Long> position(long workspaceId, String stream);
}
