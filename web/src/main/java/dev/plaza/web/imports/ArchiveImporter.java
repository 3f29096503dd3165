package dev.plaza.web.imports;

import dev.plaza.core.PlazaException;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Progress;
import java.nio.file.Path;

/**
 * Imports an uploaded export into a workspace. The app module implements it with the channels
 * module's readers and the store's ingest; the web app only uploads, runs and reports. Both
 * methods throw {@link PlazaException} (or another unchecked exception) with a message a person
 * can act on when the file is not a usable export, having written nothing.
 */
@FunctionalInterface
public interface ArchiveImporter {

    /** Reads the Mastodon export at {@code file} and stores what it holds, reporting progress as it goes. */
    IngestResult importMastodon(long workspaceId, Path file, Progress progress);

    /**
     * Reads the Bluesky repository export (a CAR file) at {@code file} and stores what it holds,
     * reporting progress as it goes; returns the summary line, which also names what was skipped.
     * An importer that reads only Mastodon exports refuses it.
     */
    default String importBluesky(long workspaceId, Path file, Progress progress) {
        throw new PlazaException("this server does not import Bluesky repositories (%s was not read)".formatted(file.getFileName()));
    }
}
