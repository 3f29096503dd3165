package dev.plaza.channels.bluesky;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.ListeningCores;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StoreBehind;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.ingest.StreamIngest;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the firehose and Jetstream intakes share once their messages are records and handles: the
 * {@link StreamReader} keeps what belongs to the community, the accounts kept get their handles,
 * and the store keeps the batch with the stream's position in one transaction, behind the listener
 * ({@link StoreBehind}): reading the next batch goes on while the last one is stored.
 */
final class StreamIntake {

    private final StoreBehind store;
    private final long workspaceId;
    private final String stream;
    private final StreamReader reader;
    private final HandleLookup handles;
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong matched = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();

    StreamIntake(StreamIngest ingest, ListeningCores cores, long workspaceId, String stream, StreamReader reader,
                 HandleLookup handles) {
        this.store = new StoreBehind(requireNonNull(ingest, "ingest"), cores);
        this.workspaceId = workspaceId;
        this.stream = requireNonNull(stream, "stream");
        this.reader = requireNonNull(reader, "reader");
        this.handles = requireNonNull(handles, "handles");
    }

    /** The stored position, once the batch being stored, if any, is stored. */
    Optional<Long> position() {
        return store.position(workspaceId, stream);
    }

    /** The account's identity changed: a handle looked up for it is stale. */
    void identityChanged(String did) {
        handles.forget(did);
    }

    void unreadable() {
        unreadable.incrementAndGet();
    }

    void store(long position, List<HeardRecord> heard, List<HeardHandle> renamed) {
        StreamReader.Read read = reader.read(stream, position, heard, renamed);
        store.store(workspaceId, named(read.batch()));
        records.addAndGet(read.records());
        matched.addAndGet(read.matched());
        unreadable.addAndGet(read.unreadable());
    }

    /** The batch with a handle for each account it names by DID alone, where one can be had. */
    private StreamBatch named(StreamBatch batch) {
        List<SeenIdentity> identities = batch.batch().identities().stream()
                .map(identity -> Accounts.hasHandle(identity) ? identity : handles.handleOf(identity.stableId())
                        .map(handle -> Accounts.named(identity.stableId(), handle))
                        .orElse(identity))
                .toList();
        IngestBatch stored = batch.batch();
        return batch.withBatch(new IngestBatch(identities, stored.activities(), stored.channelId(), stored.memberships(),
                stored.blockedDomains(), stored.blockedAccounts()));
    }

    IntakeCounts counts() {
        return new IntakeCounts(records.get(), matched.get(), unreadable.get());
    }

    /** The name under which the position on a host's stream of this {@code kind} is stored. */
    static String streamName(String kind, URI host) {
        return "bluesky-" + kind + ":" + host.getHost() + (host.getPort() < 0 ? "" : ":" + host.getPort());
    }
}
