package dev.plaza.atproto.car;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.encoding.Varint;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a CAR v1 file block by block from a stream, checking each block against its CID as it
 * comes, so a repository export or a firehose event's blocks never need to sit whole in memory.
 * Refusals name the byte of the section they are in. Closing the reader closes its stream.
 */
public final class CarReader implements AutoCloseable {

    private final InputStream in;
    private final CarLimits limits;
    private final List<Cid> roots;
    private long position;

    private CarReader(InputStream in, CarLimits limits) throws IOException {
        this.in = in;
        this.limits = limits;
        byte[] header = readSection("the header").orElseThrow(() -> new AtprotoException("an empty stream is not a CAR file"));
        this.roots = CarHeader.roots(header);
    }

    /** Opens a CAR file and reads its header, with {@link CarLimits#DEFAULT}. */
    public static CarReader open(InputStream in) throws IOException {
        return open(in, CarLimits.DEFAULT);
    }

    public static CarReader open(InputStream in, CarLimits limits) throws IOException {
        boolean buffered = in instanceof BufferedInputStream || in instanceof ByteArrayInputStream;
        return new CarReader(buffered ? in : new BufferedInputStream(in), limits);
    }

    /** Reads a whole (small) CAR file into memory. */
    public static Car readAll(InputStream in, CarLimits limits) throws IOException {
        try (CarReader reader = open(in, limits)) {
            List<Block> blocks = new ArrayList<>();
            for (Optional<Block> block = reader.next(); block.isPresent(); block = reader.next()) {
                blocks.add(block.get());
            }
            return new Car(reader.roots(), BlockMap.of(blocks));
        }
    }

    /** Reads a CAR file already in memory, with {@link CarLimits#DEFAULT}. */
    public static Car readAll(byte[] car) {
        try {
            return readAll(new ByteArrayInputStream(car), CarLimits.DEFAULT);
        } catch (IOException e) {
            throw new IllegalStateException("a ByteArrayInputStream does not fail", e);
        }
    }

    public List<Cid> roots() {
        return roots;
    }

    /** The next block, checked against its CID; empty at the end of the file. */
    public Optional<Block> next() throws IOException {
        long start = position;
        OptionalLong length = readLength(start);
        if (length.isEmpty()) {
            return Optional.empty();
        }
        if (length.getAsLong() < Cid.BYTE_LENGTH) {
            throw refuse(start, "the section is %d bytes, too short for the %d-byte CID it must start with"
                    .formatted(length.getAsLong(), Cid.BYTE_LENGTH));
        }
        Cid cid = readCid(start);
        byte[] data = readExactly(start, (int) length.getAsLong() - Cid.BYTE_LENGTH);
        if (!cid.verifies(data)) {
            throw refuse(start, "block %s does not hash to its CID".formatted(cid));
        }
        return Optional.of(new Block(cid, data));
    }

    private Cid readCid(long start) throws IOException {
        byte[] bytes = readExactly(start, Cid.BYTE_LENGTH);
        try {
            return Cid.fromBytes(bytes);
        } catch (AtprotoException e) {
            throw refuse(start, "the section does not start with a CID atproto uses: " + e.getMessage());
        }
    }

    /** A whole section's bytes, as the header is read; empty at a clean end of the stream. */
    private Optional<byte[]> readSection(String what) throws IOException {
        long start = position;
        OptionalLong length = readLength(start);
        if (length.isEmpty()) {
            return Optional.empty();
        }
        if (length.getAsLong() == 0) {
            throw refuse(start, what + " is empty");
        }
        return Optional.of(readExactly(start, (int) length.getAsLong()));
    }

    /** A section's varint length, checked against the limits; empty at a clean end of the stream. */
    private OptionalLong readLength(long start) throws IOException {
        OptionalLong length;
        try {
            length = Varint.read(in);
        } catch (AtprotoException e) {
            throw refuse(start, "the section length is broken: " + e.getMessage());
        }
        if (length.isEmpty()) {
            return length;
        }
        long value = length.getAsLong();
        position += Varint.size(value);
        if (value > limits.maxSectionBytes()) {
            throw refuse(start, "the section is %d bytes; the limit is %d".formatted(value, limits.maxSectionBytes()));
        }
        if (position + value > limits.maxTotalBytes()) {
            throw refuse(start, "the file runs past its limit of %d bytes".formatted(limits.maxTotalBytes()));
        }
        return length;
    }

    private byte[] readExactly(long start, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        position += bytes.length;
        if (bytes.length < length) {
            throw refuse(start, "the file ends inside the section: %d more bytes were due at byte %d"
                    .formatted(length - bytes.length, position));
        }
        return bytes;
    }

    private static AtprotoException refuse(long sectionStart, String what) {
        return new AtprotoException("CAR refused in the section at byte %d: %s".formatted(sectionStart, what));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
