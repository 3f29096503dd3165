package dev.plaza.web;

import dev.plaza.core.PlazaException;
import dev.plaza.core.Store;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.store.testing.Batches;
import dev.plaza.web.imports.ArchiveImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stands in for the Mastodon and Bluesky readers: an "archive" is a text file "posts:N" (N posts by one new
 * account, stored with the real ingest, reporting progress slowly enough to be polled) or
 * anything else, which it refuses the way the real reader would.
 */
final class FakeImporter implements ArchiveImporter {

    private final Store store;

    FakeImporter(Store store) {
        this.store = store;
    }

    @Override
    public IngestResult importMastodon(long workspaceId, Path file, Progress progress) {
        String content = read(file);
        if (!content.startsWith("posts:")) {
            throw new PlazaException("%s is not a Mastodon archive: it has no outbox.json".formatted(file.getFileName()));
        }
        int posts = Integer.parseInt(content.substring(6).strip());
        SeenIdentity author = Batches.account("importer" + workspaceId, "archive.test");
        List<IncomingActivity> activities = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            progress.update("reading", i, posts);
            pause();
            activities.add(Batches.post("https://archive.test/users/importer%d/statuses/%d".formatted(workspaceId, i),
                    author, Instant.parse("2025-06-01T12:00:00Z").plusSeconds(i), "archived post " + i));
        }
        progress.update("storing", 0, posts);
        return store.ingest().ingest(workspaceId, new IngestBatch(List.of(author), activities, Optional.empty()), progress);
    }

    /** A Bluesky export is refused the way the real reader refuses a file that is not one. */
    @Override
    public String importBluesky(long workspaceId, Path file, Progress progress) {
        throw new PlazaException("%s is not a usable Bluesky repository export: it is not a CAR file".formatted(file.getFileName()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
