package dev.plaza.atproto.encoding;

import dev.plaza.atproto.AtprotoException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/** Unsigned LEB128 varints, as multiformats (CIDs, multicodec prefixes) and CAR section lengths use them. */
public final class Varint {

    /** multiformats caps varints at 9 bytes (63 bits). */
    private static final int MAX_BYTES = 9;

    private Varint() {
    }

    public static void write(long value, ByteArrayOutputStream out) {
        if (value < 0) {
            throw new IllegalArgumentException("a varint is unsigned; got " + value);
        }
        while (value >= 0x80) {
            out.write((int) (value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    public static byte[] encode(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(MAX_BYTES);
        write(value, out);
        return out.toByteArray();
    }

    /** The number of bytes {@link #encode} writes for {@code value}. */
    public static int size(long value) {
        int size = 1;
        while (value >= 0x80) {
            value >>>= 7;
            size++;
        }
        return size;
    }

    /** A varint read from {@code bytes} at {@code offset}; {@link Decoded#length()} says how many bytes it took. */
    public static Decoded read(byte[] bytes, int offset) {
        long value = 0;
        for (int i = 0; i < MAX_BYTES; i++) {
            if (offset + i >= bytes.length) {
                throw new AtprotoException("a varint at byte %d runs past the end".formatted(offset));
            }
            int b = bytes[offset + i] & 0xff;
            value |= (long) (b & 0x7f) << (7 * i);
            if ((b & 0x80) == 0) {
                if (b == 0 && i > 0) {
                    throw new AtprotoException("the varint at byte %d is not minimally encoded".formatted(offset));
                }
                return new Decoded(value, i + 1);
            }
        }
        throw new AtprotoException("the varint at byte %d is longer than %d bytes".formatted(offset, MAX_BYTES));
    }

    /** A varint read from a stream; empty at a clean end of the stream (no byte read). */
    public static OptionalLong read(InputStream in) throws IOException {
        long value = 0;
        for (int i = 0; i < MAX_BYTES; i++) {
            int b = in.read();
            if (b < 0) {
                if (i == 0) {
                    return OptionalLong.empty();
                }
                throw new AtprotoException("the stream ends inside a varint");
            }
            value |= (long) (b & 0x7f) << (7 * i);
            if ((b & 0x80) == 0) {
                if (b == 0 && i > 0) {
                    throw new AtprotoException("a varint in the stream is not minimally encoded");
                }
                return OptionalLong.of(value);
            }
        }
        throw new AtprotoException("a varint in the stream is longer than %d bytes".formatted(MAX_BYTES));
    }

    /** A decoded value and the number of bytes it took. */
    public record Decoded(long value, int length) {
    }
}
