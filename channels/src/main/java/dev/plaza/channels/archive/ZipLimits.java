package dev.plaza.channels.archive;

/**
 * How much an uploaded zip may hold before it is refused as a zip bomb. Sizes are uncompressed
 * bytes; they are checked against what the central directory declares and again against what
 * is actually inflated, since a crafted zip can lie in its headers.
 *
 * @param maxEntries       entries in the archive, media included
 * @param maxTotalBytes    all entries together
 * @param maxEntryBytes    any one entry (a 100k-post outbox.json is about 300 MB)
 * @param maxCompressionRatio how many times an entry may expand; ordinary JSON stays under 20,
 *                         media under 2, a zip bomb goes past 1000
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxCompressionRatio) {

    private static final long GIB = 1L << 30;

    /** Generous enough for a large account's archive with media, tight enough to stop a bomb. */
    public static final ZipLimits DEFAULTS = new ZipLimits(200_000, 64 * GIB, 4 * GIB, 100);

    public ZipLimits {
        if (maxEntries < 1 || maxTotalBytes < 1 || maxEntryBytes < 1 || maxCompressionRatio < 1) {
            throw new IllegalArgumentException("zip limits must all be positive, got " + this);
        }
    }

    public ZipLimits withMaxEntries(int entries) {
        return new ZipLimits(entries, maxTotalBytes, maxEntryBytes, maxCompressionRatio);
    }

    public ZipLimits withMaxTotalBytes(long bytes) {
        return new ZipLimits(maxEntries, bytes, maxEntryBytes, maxCompressionRatio);
    }

    public ZipLimits withMaxEntryBytes(long bytes) {
        return new ZipLimits(maxEntries, maxTotalBytes, bytes, maxCompressionRatio);
    }
}
