package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.ingest.Ingest;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.ingest.StreamIngest;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a batch in one transaction. Ingests into one workspace take turns (an advisory lock), so
 * two imports of the same archive at once still store each activity once.
 */
final class PgIngest implements Ingest, StreamIngest {

    private final Jdbi jdbi;
    private final StoreCaches caches;

    PgIngest(Jdbi jdbi, StoreCaches caches) {
        this.jdbi = jdbi;
        this.caches = caches;
    }

    @Override
    public IngestResult ingest(long workspaceId, IngestBatch batch, Progress progress) {
        BatchCheck.requireConsistent(batch);
        IngestResult result = jdbi.inTransaction(h -> run(h, workspaceId, batch, progress));
        blocksMayHaveChanged(batch);
        return result;
    }

    @Override
    public IngestResult ingest(long workspaceId, StreamBatch stream) {
        BatchCheck.requireConsistent(stream.batch());
        IngestResult result = jdbi.inTransaction(h -> {
            IngestResult stored = run(h, workspaceId, stream.batch(), Progress.NONE);
            new IdentityStep(h, workspaceId).refreshKnown(stream.refreshed());
            stream.deleted().forEach(gone -> PgActivities.delete(h, workspaceId, gone.uri(), gone.authorStableId(), gone.at()));
            h.createUpdate("""
                            INSERT INTO stream_position (workspace_id, stream, position) VALUES (:w, :s, :p)
                            ON CONFLICT (workspace_id, stream) DO UPDATE SET position = excluded.position, updated_at = now()""")
                    .bind("w", workspaceId).bind("s", stream.stream()).bind("p", stream.position()).execute();
            return stored;
        });
        blocksMayHaveChanged(stream.batch());
        return result;
    }

    @Override
    public Optional<Long> position(long workspaceId, String stream) {
        return jdbi.withHandle(h -> h.createQuery("SELECT position FROM stream_position WHERE workspace_id = :w AND stream = :s")
                .bind("w", workspaceId).bind("s", stream).mapTo(Long.class).findOne());
    }

    private static IngestResult run(Handle h, long workspaceId, IngestBatch batch, Progress progress) {
        Locks.ingestExisting(h, workspaceId).orElseThrow(() -> new NotFoundException("workspace", workspaceId));
        return new IngestRun(h, workspaceId, batch, progress).run();
    }

    private void blocksMayHaveChanged(IngestBatch batch) {
        if (!batch.blockedDomains().isEmpty() || !batch.blockedAccounts().isEmpty()) {
            caches.blocksChanged();
        }
    }
}
