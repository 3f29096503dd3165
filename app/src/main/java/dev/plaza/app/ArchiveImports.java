package dev.plaza.app;

import dev.plaza.core.Store;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Progress;
import dev.plaza.web.imports.ArchiveImporter;
import java.nio.file.Path;

/** What Settings → Imports takes: Mastodon archives and CSV exports, and Bluesky repository exports. */
public final class ArchiveImports implements ArchiveImporter {

    private final MastodonArchiveImporter mastodon;
    private final BlueskyRepositoryImporter bluesky;

    public ArchiveImports(Store store) {
        this.mastodon = new MastodonArchiveImporter(store);
        this.bluesky = new BlueskyRepositoryImporter(store);
    }

    @Override
    public IngestResult importMastodon(long workspaceId, Path file, Progress progress) {
        return mastodon.importMastodon(workspaceId, file, progress);
    }

    @Override
    public String importBluesky(long workspaceId, Path file, Progress progress) {
        return bluesky.importRepository(workspaceId, file, progress).summary();
    }
}
