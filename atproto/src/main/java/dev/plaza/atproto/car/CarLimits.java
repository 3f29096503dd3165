package dev.plaza.atproto.car;

/**
 * How much a CAR reader accepts before refusing: the largest section (the header, or one CID and
 * its block) and the most bytes in all.
 */
public record CarLimits(int maxSectionBytes, long maxTotalBytes) {

    /** atproto caps a record at 1 MiB of DAG-CBOR; a section also holds its CID, so 2 MiB leaves room. */
    public static final int DEFAULT_MAX_SECTION_BYTES = 2 * 1024 * 1024;

    /** 2 MiB sections, no cap on the whole: a stream's reader bounds what it reads from. */
    public static final CarLimits DEFAULT = new CarLimits(DEFAULT_MAX_SECTION_BYTES, Long.MAX_VALUE);

    public CarLimits {
        if (maxSectionBytes <= 0 || maxTotalBytes <= 0) {
            throw new IllegalArgumentException("CAR limits are positive; got %d per section, %d in all"
                    .formatted(maxSectionBytes, maxTotalBytes));
        }
    }

    public CarLimits withMaxSectionBytes(int bytes) {
        return new CarLimits(bytes, maxTotalBytes);
    }

    public CarLimits withMaxTotalBytes(long bytes) {
        return new CarLimits(maxSectionBytes, bytes);
    }
}
