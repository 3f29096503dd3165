package dev.plaza.channels.bluesky;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.CommitRecords;
import dev.plaza.atproto.firehose.FirehoseMessage;
import dev.plaza.atproto.firehose.IdentityMessage;
import dev.plaza.atproto.listening.ListeningBatch;
import dev.plaza.atproto.listening.ListeningSink;
import dev.plaza.core.ingest.ListeningCores;
import dev.plaza.core.ingest.StreamIngest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private final StreamIntake intake;

    /**
     * {@code stream} names the host in the stored positions, e.g. {@link #streamName}; {@code handles} names
     * the accounts whose records are kept.
     */
    public FirehoseIntake(StreamIngest ingest, ListeningCores cores, long workspaceId, String stream, StreamReader reader,
                          HandleLookup handles) {
        this.intake = new StreamIntake(ingest, cores, workspaceId, stream, reader, handles);
    }

    /** The stream name under which the position on a firehose host is stored. */
    public static String streamName(URI host) {
        return StreamIntake.streamName("firehose", host);
    }

    @Override
    public Optional<Long> cursor() {
        return intake.position();
    }

    @Override
    public void store(ListeningBatch batch) {
        List<HeardRecord> heard = new ArrayList<>();
        List<HeardHandle> renamed = new ArrayList<>();
        for (FirehoseMessage message : batch.messages()) {
            switch (message) {
                case CommitMessage commit -> read(commit, heard);
                case IdentityMessage identity -> {
                    intake.identityChanged(identity.did().value());
                    identity.handle().ifPresent(handle -> renamed.add(new HeardHandle(identity.did().value(), handle.value())));
                }
                default -> { }
            }
        }
        intake.store(batch.cursor(), heard, renamed);
    }

    private void read(CommitMessage commit, List<HeardRecord> heard) {
        try {
            for (CommitRecords.Written written : CommitRecords.of(commit)) {
                heard.add(new HeardRecord(commit.repo().value(), written.collection(), written.rkey(), written.record(),
                        commit.time().instant()));
            }
        } catch (AtprotoException e) {
            intake.unreadable();
            LOG.debug("passed over an unreadable commit: {}", e.getMessage());
        }
    }

    /** What this intake heard, kept and could not read so far. */
    public IntakeCounts counts() {
        return intake.counts();
    }
}
