package dev.plaza.channels.archive;

import dev.plaza.channels.ImportException;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Checks a zip's central directory before any entry is inflated. */
final class ZipChecks {

    private ZipChecks() {
    }

    /** The zip's files by name, once every entry passed the checks. */
    static Map<String, ZipEntry> check(String label, ZipFile zip, ZipLimits limits) {
        if (zip.size() > limits.maxEntries()) {
            throw new ImportException("%s has %,d entries; the limit is %,d. It is not a Mastodon archive or it is a zip bomb"
                    .formatted(label, zip.size(), limits.maxEntries()));
        }
        Map<String, ZipEntry> files = new LinkedHashMap<>();
        long total = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            checkName(label, entry.getName());
            if (entry.isDirectory()) {
                continue;
            }
            checkSize(label, entry, limits);
            total += Math.max(0, entry.getSize());
            if (total > limits.maxTotalBytes()) {
                throw bomb(label, "its entries expand to more than %,d bytes".formatted(limits.maxTotalBytes()));
            }
            if (files.putIfAbsent(entry.getName(), entry) != null) {
                throw new ImportException("%s has two entries named '%s'; an archive Mastodon made has each file once"
                        .formatted(label, entry.getName()));
            }
        }
        return files;
    }

    private static void checkName(String label, String name) {
        EntryNames.unsafe(name).ifPresent(why -> {
            throw new ImportException(
                    "%s has an unsafe entry '%s' (%s): entry names must stay inside the archive. It was not made by Mastodon; nothing was imported"
                            .formatted(label, name, why));
        });
    }

    private static void checkSize(String label, ZipEntry entry, ZipLimits limits) {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > limits.maxEntryBytes()) {
            throw bomb(label, "entry '%s' expands to %,d bytes; the limit is %,d"
                    .formatted(entry.getName(), size, limits.maxEntryBytes()));
        }
        if (size > SafeZip.RATIO_GRACE_BYTES && compressed >= 0 && size > compressed * limits.maxCompressionRatio()) {
            throw bomb(label, "entry '%s' expands %,d times (%,d bytes from %,d); the limit is %d times"
                    .formatted(entry.getName(), size / Math.max(1, compressed), size, compressed,
                            limits.maxCompressionRatio()));
        }
    }

    static ImportException bomb(String label, String why) {
        return new ImportException("%s looks like a zip bomb: %s. Nothing was imported".formatted(label, why));
    }
}
