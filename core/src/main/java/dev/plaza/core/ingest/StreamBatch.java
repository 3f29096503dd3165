package dev.plaza.core.ingest;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.MatchReason;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a listener heard on one event stream since its last batch, and the position it reached: the
 * store keeps the batch and the position in one transaction, so a listener that resumes from the
 * stored position neither misses nor repeats anything. {@code refreshed} are newer descriptions of
 * accounts (a changed handle) that update identities already known and never add new ones; a
 * stream tells of far more accounts than the brand will ever meet. {@code deleted} are records their
 * authors deleted: stored activities among them stay in their threads, emptied and marked deleted.
 * {@code reasons} say, by activity uri, why each activity of the batch belongs to the community; they
 * are kept with the activities the batch adds.
 *
 * @param stream names the stream, stable across restarts (e.g. {@code bluesky-firehose:host})
 */
public record StreamBatch(String stream, long position, IngestBatch batch, List<SeenIdentity> refreshed,
        List<Deletion> deleted, Map<String, List<MatchReason>> reasons) {

    /** A record that {@code authorStableId} deleted at {@code at}. */
    public record Deletion(String uri, String authorStableId, Instant at) {
        public Deletion {
            requireNonNull(uri, "uri");
            requireNonNull(authorStableId, "authorStableId");
            requireNonNull(at, "at");
        }
    }

    public static final int MAX_STREAM_NAME = 300;

    /** A batch that keeps no reasons. */
    public StreamBatch(String stream, long position, IngestBatch batch, List<SeenIdentity> refreshed, List<Deletion> deleted) {
        this(stream, position, batch, refreshed, deleted, Map.of());
    }

    /** The same batch with {@code other} as what it stores. */
    public StreamBatch withBatch(IngestBatch other) {
        return new StreamBatch(stream, position, other, refreshed, deleted, reasons);
    }

    public StreamBatch {
        requireNonNull(stream, "stream");
        requireNonNull(batch, "batch");
        refreshed = List.copyOf(refreshed);
        deleted = List.copyOf(deleted);
        reasons = Map.copyOf(reasons);
        if (stream.isBlank() || stream.length() > MAX_STREAM_NAME) {
            throw new IllegalArgumentException("a stream needs a name of 1 to %d chars, not '%s'"
                    .formatted(MAX_STREAM_NAME, stream));
        }
    }
}
