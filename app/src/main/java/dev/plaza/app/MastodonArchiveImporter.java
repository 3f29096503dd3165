package dev.plaza.app;

import dev.plaza.channels.archive.ZipLimits;
import dev.plaza.channels.mastodon.MastodonArchive;
import dev.plaza.channels.mastodon.MastodonImport;
import dev.plaza.core.Store;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Progress;
import dev.plaza.web.imports.ArchiveImporter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a Mastodon export with the channels module and stores it in one transaction. A CSV export
 * does not say whose it is: the workspace's own fediverse channel (e.g. {@code @brand@example.com})
 * names the account. An archive names its account itself, and may be the brand's old one (a brand
 * moving to its own domain), so it is read as it is.
 */
public final class MastodonArchiveImporter implements ArchiveImporter {

    private final Store store;

    public MastodonArchiveImporter(Store store) {
        this.store = store;
    }

    @Override
    public IngestResult importMastodon(long workspaceId, Path file, Progress progress) {
        Optional<String> account = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? ownAccount(workspaceId) : Optional.empty();
        MastodonArchive archive = MastodonImport.read(file, account, ZipLimits.DEFAULTS, progress);
        return store.ingest().ingest(workspaceId, archive.batch(), progress);
    }

    private Optional<String> ownAccount(long workspaceId) {
        return store.channels().list(workspaceId).stream()
                .filter(c -> c.platform() == Platform.FEDIVERSE && c.kind() == ChannelKind.OWNED)
                .map(Channel::handle)
                .filter(handle -> handle.matches("@?[^@\\s]+@[^@\\s]+"))
                .map(handle -> handle.startsWith("@") ? handle : "@" + handle)
                .findFirst();
    }
}
