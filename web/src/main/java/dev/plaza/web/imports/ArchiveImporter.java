package dev.plaza.web.imports;

import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Progress;
import java.nio.file.Path;

/**
 * Imports an uploaded archive into a workspace. The app module implements it with the channels
 * module's Mastodon reader and the store's ingest; the web app only uploads, runs and reports.
 */
public interface ArchiveImporter {

    /**
     * Reads the Mastodon export at {@code file} and stores what it holds, reporting progress as it
     * goes. Throws {@link dev.plaza.core.PlazaException} (or another unchecked exception) with a
     * message a person can act on when the file is not a usable archive.
     */
    IngestResult importMastodon(long workspaceId, Path file, Progress progress);
}
