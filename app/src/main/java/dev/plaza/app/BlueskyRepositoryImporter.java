package dev.plaza.app;

import dev.plaza.channels.bluesky.BlueskyExport;
import dev.plaza.channels.bluesky.BlueskyImport;
import dev.plaza.core.Store;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Progress;
import java.nio.file.Path;

/**
 * Imports a Bluesky repository export: reads it with the channels module, records the account it
 * belongs to (by its DID) as one of the brand's own Bluesky channels, and stores everything in one
 * transaction, each activity marked with that channel. An export may be of the brand's old
 * account, so it is read as it is, like a Mastodon archive.
 */
public final class BlueskyRepositoryImporter {

    /** What an import read and what it added. */
    public record Imported(BlueskyExport export, IngestResult stored) {

        /** The line the CLI prints and the settings page shows. */
        public String summary() {
            return export.summary(stored);
        }
    }

    private final Store store;

    public BlueskyRepositoryImporter(Store store) {
        this.store = store;
    }

    public Imported importRepository(long workspaceId, Path file, Progress progress) {
        BlueskyExport export = BlueskyImport.read(file, progress);
        Channel channel = store.channels().ensure(workspaceId, Platform.BLUESKY, export.account().stableId(),
                ChannelKind.OWNED);
        return new Imported(export, store.ingest().ingest(workspaceId, export.batch().withChannel(channel.id()), progress));
    }
}
