package dev.plaza.channels.mastodon;

import dev.plaza.channels.ImportException;
import dev.plaza.channels.archive.ZipLimits;
import dev.plaza.core.ingest.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what Mastodon lets a user download: the archive zip of "Request your archive", or one of
 * the CSV exports (following_accounts.csv, lists.csv, …), or a zip of those CSVs. Reading writes
 * nothing; the result's batch goes to {@link dev.plaza.core.ingest.Ingest} in one transaction,
 * and reading the same file again gives an equal result, so a second import adds nothing.
 * Every problem is an {@link ImportException} whose message says what was wrong.
 */
public final class MastodonImport {

    private static final byte[] ZIP = {'P', 'K'};
    private static final byte[] GZIP = {0x1f, (byte) 0x8b};

    private MastodonImport() {
    }

    /** An archive zip with its actor.json, under the default limits. */
    public static MastodonArchive read(Path file, Progress progress) {
        return read(file, Optional.empty(), ZipLimits.DEFAULTS, progress);
    }

    /**
     * An archive zip, a CSV export or a zip of CSV exports.
     *
     * @param account the brand's address ({@code @user@host}); needed for CSV exports, which do
     *                not say whose they are, and checked against actor.json when both are there
     */
    public static MastodonArchive read(Path file, Optional<String> account, ZipLimits limits, Progress progress) {
        byte[] head = head(file);
        String name = String.valueOf(file.getFileName());
        if (startsWith(head, GZIP)) {
            throw new ImportException(("%s is a .tar.gz archive, as older Mastodon versions made them; request a new "
                    + "archive (Mastodon now makes a .zip), or unpack this one and zip its files (outbox.json, actor.json, …)")
                    .formatted(name));
        }
        Optional<CsvExport> csv = CsvExport.forFileName(name);
        if (csv.isPresent() && !startsWith(head, ZIP)) {
            return CsvFileReader.read(file, csv.get(), account, limits, progress);
        }
        if (!startsWith(head, ZIP) && !name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new ImportException("%s is neither a Mastodon archive (.zip) nor one of its CSV exports (%s)"
                    .formatted(name, CsvExport.expectedNames()));
        }
        return ArchiveReader.read(file, account, limits, progress);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4);
        } catch (NoSuchFileException e) {
            throw new ImportException("%s does not exist".formatted(file));
        } catch (IOException e) {
            throw new ImportException("could not read %s: %s".formatted(file, e.getMessage()), e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
