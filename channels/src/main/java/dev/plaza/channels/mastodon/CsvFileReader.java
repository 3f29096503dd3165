package dev.plaza.channels.mastodon;

import dev.plaza.channels.ImportException;
import dev.plaza.channels.archive.ZipLimits;
import dev.plaza.core.ingest.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** One CSV export downloaded on its own. It names no owner, so the caller names the brand's account. */
final class CsvFileReader {

    private CsvFileReader() {
    }

    static MastodonArchive read(Path file, CsvExport export, Optional<String> account, ZipLimits limits,
            Progress progress) {
        String label = String.valueOf(file.getFileName());
        Brand brand = ArchiveReader.brandFromAddress(account.orElseThrow(() -> new ImportException(
                "%s does not say whose account it comes from; name the account (@you@your.server)".formatted(label))));
        BatchBuilder out = new BatchBuilder();
        out.identity(brand.identity());
        try {
            if (Files.size(file) > limits.maxEntryBytes()) {
                throw new ImportException("%s is %,d bytes; the limit is %,d".formatted(label, Files.size(file),
                        limits.maxEntryBytes()));
            }
            Relations relations = new Relations(brand, out, Files.getLastModifiedTime(file).toInstant());
            try (InputStream in = Files.newInputStream(file)) {
                new CsvImport(label, export, relations, out).read(in, progress);
            }
        } catch (IOException e) {
            throw new ImportException("could not read %s: %s".formatted(file, e.getMessage()), e);
        }
        progress.update("reading", out.activityCount(), out.activityCount());
        return out.build(brand);
    }
}
