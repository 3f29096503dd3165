package dev.plaza.app;

import dev.plaza.channels.mastodon.MastodonArchive;
import dev.plaza.channels.mastodon.MastodonImport;
import dev.plaza.core.Store;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Progress;
import dev.plaza.web.imports.ArchiveImporter;
import java.nio.file.Path;

/** Reads a Mastodon export with the channels module and stores it in one transaction. */
public final class MastodonArchiveImporter implements ArchiveImporter {

    private final Store store;

    public MastodonArchiveImporter(Store store) {
        this.store = store;
    }

    @Override
    public IngestResult importMastodon(long workspaceId, Path file, Progress progress) {
        MastodonArchive archive = MastodonImport.read(file, progress);
        return store.ingest().ingest(workspaceId, archive.batch(), progress);
    }
}
