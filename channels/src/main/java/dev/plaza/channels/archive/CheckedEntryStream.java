package dev.plaza.channels.archive;

import dev.plaza.channels.ImportException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * One entry as it inflates: counts real bytes against the limits (headers can lie) and checks the
 * CRC at the end, because {@link java.util.zip.ZipFile} does not, so damaged stored entries would
 * otherwise pass unnoticed.
 */
final class CheckedEntryStream extends FilterInputStream {

    private final String label;
    private final ZipEntry entry;
    private final ZipLimits limits;
    private final AtomicLong zipTotal;
    private final CRC32 crc = new CRC32();
    private long count;
    private boolean verified;

    CheckedEntryStream(String label, ZipEntry entry, InputStream in, ZipLimits limits, AtomicLong zipTotal) {
        super(in);
        this.label = label;
        this.entry = entry;
        this.limits = limits;
        this.zipTotal = zipTotal;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (IOException e) {
            throw damaged(e.getMessage(), e);
        }
        if (n < 0) {
            verify();
            return n;
        }
        crc.update(buffer, offset, n);
        count += n;
        enforceLimits(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(8192, Math.max(1, n))];
        long skipped = 0;
        while (skipped < n) {
            int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void enforceLimits(int n) {
        long declared = entry.getSize();
        if (declared >= 0 && count > declared) {
            throw ZipChecks.bomb(label, "entry '%s' inflates past the %,d bytes its header declares"
                    .formatted(entry.getName(), declared));
        }
        if (count > limits.maxEntryBytes()) {
            throw ZipChecks.bomb(label, "entry '%s' expands past %,d bytes".formatted(entry.getName(), limits.maxEntryBytes()));
        }
        if (zipTotal.addAndGet(n) > limits.maxTotalBytes()) {
            throw ZipChecks.bomb(label, "its entries expand past %,d bytes".formatted(limits.maxTotalBytes()));
        }
        long compressed = entry.getCompressedSize();
        if (count > SafeZip.RATIO_GRACE_BYTES && compressed >= 0 && count > compressed * limits.maxCompressionRatio()) {
            throw ZipChecks.bomb(label, "entry '%s' expands more than %d times"
                    .formatted(entry.getName(), limits.maxCompressionRatio()));
        }
    }

    private void verify() {
        if (verified) {
            return;
        }
        verified = true;
        if (entry.getSize() >= 0 && count != entry.getSize()) {
            throw damaged("entry ends after %,d of its %,d bytes".formatted(count, entry.getSize()), null);
        }
        if (entry.getCrc() >= 0 && crc.getValue() != entry.getCrc()) {
            throw damaged("checksum mismatch", null);
        }
    }

    private ImportException damaged(String detail, Exception cause) {
        return new ImportException("%s is not a readable zip: entry '%s' is damaged (%s). Download it again"
                .formatted(label, entry.getName(), detail), cause);
    }
}
