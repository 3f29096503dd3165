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
import java.util.Locale;
import java.util.Optional;

/**
 * Imports a Mastodon export: reads it with the channels module, records the account it belongs to
 * as one of the brand's own fediverse channels, and stores everything in one transaction, each
 * activity marked with that channel.
 */
public final class MastodonArchiveImporter implements ArchiveImporter {

    private final Store store;

    public MastodonArchiveImporter(Store store) {
        this.store = store;
    }

    /**
     * A CSV export does not say whose it is: the workspace's own fediverse channel (e.g.
     * {@code @brand@example.com}) names the account. An archive names its account itself, and may be
     * the brand's old one (a brand moving to its own domain), so it is read as it is.
     */
    @Override
    public IngestResult importMastodon(long workspaceId, Path file, Progress progress) {
        Optional<String> account = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? ownAccount(workspaceId) : Optional.empty();
        return importMastodon(workspaceId, file, account, progress);
    }

    /** Imports with the brand's account named ({@code @user@host}); required for CSV exports. */
    public IngestResult importMastodon(long workspaceId, Path file, Optional<String> account, Progress progress) {
        MastodonArchive archive = MastodonImport.read(file, account, ZipLimits.DEFAULTS, progress);
        Channel channel = store.channels().ensure(workspaceId, Platform.FEDIVERSE, archive.account().handle(),
                ChannelKind.OWNED);
        return store.ingest().ingest(workspaceId, archive.batch().withChannel(channel.id()), progress);
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
