package dev.plaza.core.ingest;

/** Where every connector's normalized activities go. */
public interface Ingest {

    /**
     * Stores a batch in one transaction: identities become people, replies join or start
     * conversations, activities whose uri is already stored are skipped.
     */
    IngestResult ingest(long workspaceId, IngestBatch batch, Progress progress);
}
