package dev.plaza.channels.bluesky;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.CommitRecords;
import dev.plaza.atproto.firehose.FirehoseMessage;
import dev.plaza.atproto.firehose.IdentityMessage;
import dev.plaza.atproto.listening.ListeningBatch;
import dev.plaza.atproto.listening.ListeningSink;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.ingest.StreamIngest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a firehose listener puts what it hears: the records of each batch's commits go through the
 * {@link StreamReader}, and what belongs to the community is stored with the batch's cursor in one
 * transaction, so the listener resumes right after the last batch stored. Handle changes
 * ({@code #identity}) refresh known identities; a commit whose records cannot be read is passed over
 * and counted, and never stops listening.
 */
public final class FirehoseIntake implements ListeningSink {

    private static final Logger LOG = LoggerFactory.getLogger(FirehoseIntake.class);

    private final StreamIngest ingest;
    private final long workspaceId;
    private final String stream;
    private final StreamReader reader;
    private final HandleLookup handles;
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong matched = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();

    /**
     * {@code stream} names the host in the stored positions, e.g. {@link #streamName}; {@code handles} names
     * the accounts whose records are kept.
     */
    public FirehoseIntake(StreamIngest ingest, long workspaceId, String stream, StreamReader reader, HandleLookup handles) {
        this.ingest = requireNonNull(ingest, "ingest");
        this.workspaceId = workspaceId;
        this.stream = requireNonNull(stream, "stream");
        this.reader = requireNonNull(reader, "reader");
        this.handles = requireNonNull(handles, "handles");
    }

    /** The stream name under which the position on a firehose host is stored. */
    public static String streamName(java.net.URI host) {
        return "bluesky-firehose:" + host.getHost() + (host.getPort() < 0 ? "" : ":" + host.getPort());
    }

    @Override
    public Optional<Long> cursor() {
        return ingest.position(workspaceId, stream);
    }

    @Override
    public void store(ListeningBatch batch) {
        List<HeardRecord> heard = new ArrayList<>();
        List<HeardHandle> renamed = new ArrayList<>();
        for (FirehoseMessage message : batch.messages()) {
            switch (message) {
                case CommitMessage commit -> read(commit, heard);
                case IdentityMessage identity -> {
                    this.handles.forget(identity.did().value());
                    identity.handle().ifPresent(handle -> renamed.add(new HeardHandle(identity.did().value(), handle.value())));
                }
                default -> { }
            }
        }
        StreamReader.Read read = reader.read(stream, batch.cursor(), heard, renamed);
        ingest.ingest(workspaceId, named(read.batch()));
        records.addAndGet(read.records());
        matched.addAndGet(read.matched());
        unreadable.addAndGet(read.unreadable());
    }

    private void read(CommitMessage commit, List<HeardRecord> heard) {
        try {
            for (CommitRecords.Written written : CommitRecords.of(commit)) {
                heard.add(new HeardRecord(commit.repo().value(), written.collection(), written.rkey(), written.record(),
                        commit.time().instant()));
            }
        } catch (AtprotoException e) {
            unreadable.incrementAndGet();
            LOG.debug("passed over an unreadable commit: {}", e.getMessage());
        }
    }

    /** The batch with a handle for each account it names by DID alone, where one can be had. */
    private StreamBatch named(StreamBatch batch) {
        List<SeenIdentity> identities = batch.batch().identities().stream()
                .map(identity -> Accounts.hasHandle(identity) ? identity : handles.handleOf(identity.stableId())
                        .map(handle -> Accounts.named(identity.stableId(), handle))
                        .orElse(identity))
                .toList();
        IngestBatch stored = batch.batch();
        return new StreamBatch(batch.stream(), batch.position(), new IngestBatch(identities, stored.activities(),
                stored.channelId(), stored.memberships(), stored.blockedDomains(), stored.blockedAccounts()),
                batch.refreshed(), batch.deleted());
    }

    /** Records heard so far, of every collection. */
    public long records() {
        return records.get();
    }

    /** Records that belonged to the community and were stored. */
    public long matched() {
        return matched.get();
    }

    /** Commits and records that could not be read. */
    public long unreadable() {
        return unreadable.get();
    }
}
