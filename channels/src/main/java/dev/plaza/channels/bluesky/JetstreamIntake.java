package dev.plaza.channels.bluesky;

import dev.plaza.atproto.jetstream.JetstreamBatch;
import dev.plaza.atproto.jetstream.JetstreamEvent;
import dev.plaza.atproto.jetstream.JetstreamFilter;
import dev.plaza.atproto.jetstream.JetstreamSink;
import dev.plaza.core.ingest.ListeningCores;
import dev.plaza.core.ingest.StreamIngest;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a Jetstream listener puts what it hears, as {@link FirehoseIntake} does for the firehose:
 * each commit event is one record write, each identity event may rename an account, and every batch
 * is stored with its cursor ({@code time_us}) in one transaction.
 */
public final class JetstreamIntake implements JetstreamSink {

    /** Only the collections Plaza reads: the host sends nothing else, which saves most of the stream. */
    public static final JetstreamFilter WANTED = JetstreamFilter.of(StreamReader.COLLECTIONS, List.of());

    private final StreamIntake intake;

    public JetstreamIntake(StreamIngest ingest, ListeningCores cores, long workspaceId, String stream, StreamReader reader,
                           HandleLookup handles) {
        this.intake = new StreamIntake(ingest, cores, workspaceId, stream, reader, handles);
    }

    /** The stream name under which the position on a Jetstream host is stored. */
    public static String streamName(URI host) {
        return StreamIntake.streamName("jetstream", host);
    }

    @Override
    public Optional<Long> cursor() {
        return intake.position();
    }

    @Override
    public void store(JetstreamBatch batch) {
        List<HeardRecord> heard = new ArrayList<>();
        List<HeardHandle> renamed = new ArrayList<>();
        for (JetstreamEvent event : batch.events()) {
            switch (event) {
                case JetstreamEvent.Commit commit -> heard.add(new HeardRecord(commit.did().value(), commit.collection().toString(),
                        commit.rkey().toString(), commit.record(), microseconds(commit.timeUs())));
                case JetstreamEvent.Identity identity -> {
                    intake.identityChanged(identity.did().value());
                    identity.handle().ifPresent(handle -> renamed.add(new HeardHandle(identity.did().value(), handle.value())));
                }
                default -> { }
            }
        }
        intake.store(batch.cursor(), heard, renamed);
    }

    private static Instant microseconds(long timeUs) {
        return Instant.ofEpochSecond(timeUs / 1_000_000, (timeUs % 1_000_000) * 1_000);
    }

    /** What this intake heard, kept and could not read so far. */
    public IntakeCounts counts() {
        return intake.counts();
    }
}
