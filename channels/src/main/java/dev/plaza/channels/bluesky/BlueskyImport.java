package dev.plaza.channels.bluesky;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.car.CarLimits;
import dev.plaza.atproto.repo.Repository;
import dev.plaza.channels.ImportException;
import dev.plaza.core.ingest.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a Bluesky repository export: the CAR file that {@code com.atproto.sync.getRepo} returns
 * (Bluesky's Settings → Export my data). Reading writes nothing; the result's batch goes to
 * {@link dev.plaza.core.ingest.Ingest} in one transaction, and reading the same file again gives an
 * equal result, so a second import adds nothing. Every problem is an {@link ImportException}
 * whose message says what was wrong.
 */
public final class BlueskyImport {

    /** A large account's export is tens of megabytes; the whole file is held in memory while it is read. */
    public static final CarLimits LIMITS = CarLimits.DEFAULT.withMaxTotalBytes(1L << 30);

    private static final byte[] ZIP = {'P', 'K'};

    private BlueskyImport() {
    }

    public static BlueskyExport read(Path file, Progress progress) {
        return read(file, LIMITS, progress);
    }

    public static BlueskyExport read(Path file, CarLimits limits, Progress progress) {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > limits.maxTotalBytes()) {
                throw new ImportException("%s is %,d bytes; Plaza imports repository exports of up to %,d bytes. Nothing was imported"
                        .formatted(name, size, limits.maxTotalBytes()));
            }
            refuseZip(file, name);
            Repository repository = RepositoryFile.read(file, size, limits, progress);
            return new RecordReader(repository, progress).read();
        } catch (NoSuchFileException e) {
            throw new ImportException("%s does not exist".formatted(file));
        } catch (IOException e) {
            throw new ImportException("could not read %s: %s".formatted(file, e.getMessage()), e);
        } catch (AtprotoException e) {
            throw new ImportException("%s is not a usable Bluesky repository export: %s. Nothing was imported"
                    .formatted(name, e.getMessage()), e);
        }
    }

    private static void refuseZip(Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            if (Arrays.equals(in.readNBytes(ZIP.length), ZIP)) {
                throw new ImportException(("%s is a zip, not a Bluesky repository export (a .car file); "
                        + "a Mastodon archive is imported as one. Nothing was imported").formatted(name));
            }
        }
    }
}
