package dev.plaza.store;

import dev.plaza.core.ingest.Ingest;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Progress;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a batch in one transaction. Ingests into one workspace take turns (an advisory lock), so
 * two imports of the same archive at once still store each activity once.
 */
final class PgIngest implements Ingest {

    private final Jdbi jdbi;
    private final StoreCaches caches;

    PgIngest(Jdbi jdbi, StoreCaches caches) {
        this.jdbi = jdbi;
        this.caches = caches;
    }

    @Override
    public IngestResult ingest(long workspaceId, IngestBatch batch, Progress progress) {
        BatchCheck.requireConsistent(batch);
        IngestResult result = jdbi.inTransaction(h -> {
            Locks.ingestExisting(h, workspaceId)
                    .orElseThrow(() -> new dev.plaza.core.NotFoundException("workspace", workspaceId));
            return new IngestRun(h, workspaceId, batch, progress).run();
        });
        if (!batch.blockedDomains().isEmpty() || !batch.blockedAccounts().isEmpty()) {
            caches.blocksChanged();
        }
        return result;
    }
}
