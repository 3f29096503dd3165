package dev.plaza.atproto.cbor;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads one DAG-CBOR value in atproto's strict profile straight from a byte array: anything that
 * is not the one canonical encoding of a data model value is refused with the byte it is at
 * (DAG-CBOR spec, "strictness"; atproto data model spec).
 */
final class CborDecoder {

    private static final int MAJOR_UNSIGNED = 0;
    private static final int MAJOR_NEGATIVE = 1;
    private static final int MAJOR_BYTES = 2;
    private static final int MAJOR_TEXT = 3;
    private static final int MAJOR_LIST = 4;
    private static final int MAJOR_MAP = 5;
    private static final int MAJOR_TAG = 6;
    private static final int INDEFINITE = 31;
    private static final int CID_TAG = 42;

    private static final DagValue.Bool FALSE = new DagValue.Bool(false);
    private static final DagValue.Bool TRUE = new DagValue.Bool(true);

    private final byte[] bytes;
    private final int end;
    private int pos;

    CborDecoder(byte[] bytes, int offset, int end) {
        this.bytes = bytes;
        this.pos = offset;
        this.end = end;
    }

    int position() {
        return pos;
    }

    DagValue readValue(int depth) {
        int start = pos;
        int initial = nextByte(start, "a value");
        int major = initial >>> 5;
        int info = initial & 0x1f;
        return switch (major) {
            case MAJOR_UNSIGNED -> new DagValue.Int(signed(argument(start, major, info), start));
            case MAJOR_NEGATIVE -> new DagValue.Int(-1 - signed(argument(start, major, info), start));
            case MAJOR_BYTES -> DagValue.Bytes.owning(readByteString(start, info));
            case MAJOR_TEXT -> new DagValue.Text(readText(start, info));
            case MAJOR_LIST -> readList(start, info, depth + 1);
            case MAJOR_MAP -> readMap(start, info, depth + 1);
            case MAJOR_TAG -> readLink(start, info);
            default -> readSimple(start, info);
        };
    }

    private DagValue.List readList(int start, int info, int depth) {
        checkDepth(start, depth);
        int count = length(start, MAJOR_LIST, info, 1);
        DagValue[] items = new DagValue[count];
        for (int i = 0; i < count; i++) {
            items[i] = readValue(depth);
        }
        return new DagValue.List(java.util.List.of(items));
    }

    private DagValue.Map readMap(int start, int info, int depth) {
        checkDepth(start, depth);
        int count = length(start, MAJOR_MAP, info, 2);
        String[] keys = new String[count];
        DagValue[] values = new DagValue[count];
        int previousAt = -1;
        int previousLength = 0;
        for (int i = 0; i < count; i++) {
            int keyStart = pos;
            int initial = nextByte(keyStart, "a map key");
            if (initial >>> 5 != MAJOR_TEXT) {
                throw refuse(keyStart, "a map key is %s; atproto map keys are strings".formatted(describe(initial)));
            }
            int keyLength = length(keyStart, MAJOR_TEXT, initial & 0x1f, 1);
            int keyAt = pos;
            if (previousAt >= 0) {
                checkKeyOrder(keyStart, previousAt, previousLength, keyAt, keyLength);
            }
            keys[i] = text(keyAt, keyLength);
            previousAt = keyAt;
            previousLength = keyLength;
            values[i] = readValue(depth);
        }
        return new DagValue.Map(count == 0 ? CanonicalMap.EMPTY : new CanonicalMap(keys, values));
    }

    private void checkKeyOrder(int keyStart, int previousAt, int previousLength, int keyAt, int keyLength) {
        int order = previousLength != keyLength
                ? Integer.compare(previousLength, keyLength)
                : Arrays.compareUnsigned(bytes, previousAt, previousAt + previousLength, bytes, keyAt, keyAt + keyLength);
        if (order == 0) {
            throw refuse(keyStart, "map key \"%s\" appears twice".formatted(lenientText(keyAt, keyLength)));
        }
        if (order > 0) {
            throw refuse(keyStart, "map keys out of order: \"%s\" after \"%s\" (DAG-CBOR sorts keys by length, then bytes)"
                    .formatted(lenientText(keyAt, keyLength), lenientText(previousAt, previousLength)));
        }
    }

    private DagValue.Link readLink(int start, int info) {
        long tag = argument(start, MAJOR_TAG, info);
        if (tag != CID_TAG) {
            throw refuse(start, "tag %s; DAG-CBOR allows only tag 42 (a CID link)".formatted(Long.toUnsignedString(tag)));
        }
        int contentStart = pos;
        int initial = nextByte(contentStart, "a CID link");
        if (initial >>> 5 != MAJOR_BYTES) {
            throw refuse(contentStart, "a CID link (tag 42) holds %s, not bytes".formatted(describe(initial)));
        }
        int length = length(contentStart, MAJOR_BYTES, initial & 0x1f, 1);
        int at = pos;
        pos += length;
        if (length == 0 || bytes[at] != 0) {
            throw refuse(contentStart, "a CID link's bytes must start with the 0x00 multibase prefix");
        }
        try {
            return new DagValue.Link(Cid.fromBytes(bytes, at + 1, length - 1));
        } catch (AtprotoException e) {
            throw refuse(contentStart, "a CID link is not a CID atproto uses: " + e.getMessage());
        }
    }

    private DagValue readSimple(int start, int info) {
        return switch (info) {
            case 20 -> FALSE;
            case 21 -> TRUE;
            case 22 -> DagValue.NULL;
            case 23 -> throw refuse(start, "undefined is not part of the atproto data model");
            case 25, 26, 27 -> throw refuse(start, "a float; the atproto data model has no floats");
            case INDEFINITE -> throw refuse(start, "a break byte outside any item (DAG-CBOR has no indefinite lengths)");
            default -> throw refuse(start, "simple value %d is not part of the atproto data model"
                    .formatted(info == 24 && pos < end ? bytes[pos] & 0xff : info));
        };
    }

    private byte[] readByteString(int start, int info) {
        int length = length(start, MAJOR_BYTES, info, 1);
        int at = pos;
        pos += length;
        return Arrays.copyOfRange(bytes, at, at + length);
    }

    private String readText(int start, int info) {
        int length = length(start, MAJOR_TEXT, info, 1);
        int at = pos;
        return text(at, length);
    }

    /** Decodes {@code length} bytes at {@code at} as UTF-8 and moves past them. */
    private String text(int at, int length) {
        int invalid = Utf8.firstInvalid(bytes, at, at + length);
        if (invalid >= 0) {
            throw refuse(invalid, "invalid UTF-8 in a string");
        }
        pos = at + length;
        return new String(bytes, at, length, StandardCharsets.UTF_8);
    }

    private String lenientText(int at, int length) {
        return new String(bytes, at, length, StandardCharsets.UTF_8);
    }

    /** A length or count, refused if the bytes left cannot hold that many items of {@code minItemSize}. */
    private int length(int start, int major, int info, int minItemSize) {
        long length = argument(start, major, info);
        long room = (end - pos) / minItemSize;
        if (length < 0 || length > room) {
            String what = major == MAJOR_LIST ? "list of " + Long.toUnsignedString(length) + " items"
                    : major == MAJOR_MAP ? "map of " + Long.toUnsignedString(length) + " entries"
                    : Long.toUnsignedString(length) + "-byte " + (major == MAJOR_TEXT ? "string" : "byte string");
            throw refuse(start, "a %s runs past the end (%d bytes left)".formatted(what, end - pos));
        }
        return (int) length;
    }

    /** The argument of an item's head in CBOR's shortest form; above 2^63 - 1 it comes back negative. */
    private long argument(int start, int major, int info) {
        if (info < 24) {
            return info;
        }
        int size = switch (info) {
            case 24 -> 1;
            case 25 -> 2;
            case 26 -> 4;
            case 27 -> 8;
            case INDEFINITE -> throw refuse(start, major >= MAJOR_BYTES && major <= MAJOR_MAP
                    ? "an indefinite-length %s; DAG-CBOR needs definite lengths".formatted(noun(major))
                    : "malformed CBOR: a %s cannot have an indefinite length".formatted(noun(major)));
            default -> throw refuse(start, "malformed CBOR: reserved additional information %d".formatted(info));
        };
        if (end - pos < size) {
            throw refuse(start, "CBOR ends inside the head of a %s".formatted(noun(major)));
        }
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = value << 8 | (bytes[pos++] & 0xff);
        }
        long smallest = size == 1 ? 24 : 1L << (4 * size);
        if (Long.compareUnsigned(value, smallest) < 0) {
            String what = major <= MAJOR_NEGATIVE ? "an integer" : major == MAJOR_TAG ? "a tag number" : "a %s's length".formatted(noun(major));
            throw refuse(start, "%s is not in its shortest form (%s in %d bytes)"
                    .formatted(what, Long.toUnsignedString(value), size));
        }
        return value;
    }

    private long signed(long argument, int start) {
        if (argument < 0) {
            throw refuse(start, "an integer beyond the 64-bit signed range of the atproto data model");
        }
        return argument;
    }

    private int nextByte(int start, String what) {
        if (pos >= end) {
            throw refuse(start, "CBOR ends where %s should be".formatted(what));
        }
        return bytes[pos++] & 0xff;
    }

    private static void checkDepth(int start, int depth) {
        if (depth > DagCbor.MAX_NESTING) {
            throw refuse(start, "lists and maps nest deeper than %d levels".formatted(DagCbor.MAX_NESTING));
        }
    }

    private static String noun(int major) {
        return switch (major) {
            case MAJOR_UNSIGNED, MAJOR_NEGATIVE -> "integer";
            case MAJOR_BYTES -> "byte string";
            case MAJOR_TEXT -> "string";
            case MAJOR_LIST -> "list";
            case MAJOR_MAP -> "map";
            case MAJOR_TAG -> "tag";
            default -> "simple value";
        };
    }

    private static String describe(int initial) {
        int major = initial >>> 5;
        return switch (major) {
            case MAJOR_UNSIGNED, MAJOR_NEGATIVE -> "an integer";
            case MAJOR_BYTES -> "a byte string";
            case MAJOR_TEXT -> "a string";
            case MAJOR_LIST -> "a list";
            case MAJOR_MAP -> "a map";
            case MAJOR_TAG -> "a tag";
            default -> "a simple value or float";
        };
    }

    static AtprotoException refuse(int at, String what) {
        return new AtprotoException("DAG-CBOR refused at byte %d: %s".formatted(at, what));
    }
}
