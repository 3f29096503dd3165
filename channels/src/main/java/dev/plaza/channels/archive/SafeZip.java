package dev.plaza.channels.archive;

import dev.plaza.channels.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An uploaded zip, read in place: nothing is extracted to disk. Opening it checks every entry of
 * the central directory (count, names, declared sizes and compression ratios); reading an entry
 * checks the bytes actually inflated and the entry's CRC.
 */
public final class SafeZip implements AutoCloseable {

    /** Below this size a high compression ratio is harmless (small, repetitive JSON). */
    static final long RATIO_GRACE_BYTES = 1L << 20;

    private final String label;
    private final ZipFile zip;
    private final ZipLimits limits;
    private final Map<String, ZipEntry> entries;
    private final AtomicLong inflated = new AtomicLong();

    private SafeZip(String label, ZipFile zip, ZipLimits limits, Map<String, ZipEntry> entries) {
        this.label = label;
        this.zip = zip;
        this.limits = limits;
        this.entries = entries;
    }

    /** Opens and checks {@code file}; throws {@link ImportException} naming the first problem found. */
    public static SafeZip open(Path file, ZipLimits limits) {
        String label = String.valueOf(file.getFileName());
        ZipFile zip = openZipFile(file, label);
        try {
            return new SafeZip(label, zip, limits, ZipChecks.check(label, zip, limits));
        } catch (RuntimeException e) {
            closeQuietly(zip, e);
            throw e;
        }
    }

    private static ZipFile openZipFile(Path file, String label) {
        try {
            return new ZipFile(file.toFile());
        } catch (NoSuchFileException e) {
            throw new ImportException("%s does not exist".formatted(file));
        } catch (ZipException e) {
            throw notReadable(label, e);
        } catch (IOException e) {
            if (!Files.isRegularFile(file)) {
                throw new ImportException("%s does not exist or is not a file".formatted(file));
            }
            throw notReadable(label, e);
        }
    }

    static ImportException notReadable(String label, Exception cause) {
        return new ImportException("%s is not a readable zip: %s. Download it again; the file may be truncated or damaged"
                .formatted(label, cause.getMessage()), cause);
    }

    /** The entry names, files only, in the archive's order. */
    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(entries.keySet()));
    }

    public boolean contains(String name) {
        return entries.containsKey(name);
    }

    /** When the entry was last modified, as the zip records it. */
    public Instant modified(String name) {
        return entry(name).getLastModifiedTime().toInstant();
    }

    /** The entry's declared uncompressed size. */
    public long size(String name) {
        return entry(name).getSize();
    }

    /** Streams one entry; the stream fails with {@link ImportException} past a limit or on corrupt data. */
    public InputStream open(String name) {
        ZipEntry entry = entry(name);
        try {
            return new CheckedEntryStream(label, entry, zip.getInputStream(entry), limits, inflated);
        } catch (IOException e) {
            throw notReadable(label, e);
        }
    }

    /** The file's name, for messages. */
    public String label() {
        return label;
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("%s has no entry %s".formatted(label, name));
        }
        return entry;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new ImportException("could not close %s: %s".formatted(label, e.getMessage()), e);
        }
    }

    private static void closeQuietly(ZipFile zip, RuntimeException failure) {
        try {
            zip.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
