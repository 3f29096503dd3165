package dev.plaza.atproto.cbor;

import dev.plaza.atproto.AtprotoException;
import java.util.Arrays;

/** Writes a data model value as canonical DAG-CBOR: shortest heads, keys in {@link KeyOrder}, CIDs under tag 42. */
final class CborEncoder {

    private static final int LINK_TAG_HEAD_1 = 0xd8;
    private static final int LINK_TAG_HEAD_2 = 42;

    private byte[] buffer = new byte[256];
    private int size;

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    void write(DagValue value, int depth) {
        switch (value) {
            case DagValue.Null n -> writeByte(0xf6);
            case DagValue.Bool b -> writeByte(b.value() ? 0xf5 : 0xf4);
            case DagValue.Int i -> writeInteger(i.value());
            case DagValue.Text t -> writeText(t.value());
            case DagValue.Bytes b -> writeBytes(b.array());
            case DagValue.Link l -> writeLink(l);
            case DagValue.List l -> writeList(l, depth + 1);
            case DagValue.Map m -> writeMap(m, depth + 1);
        }
    }

    private void writeInteger(long value) {
        if (value >= 0) {
            writeHead(0, value);
        } else {
            writeHead(1, -1 - value);
        }
    }

    private void writeText(String text) {
        int length = Utf8.length(text);
        writeHead(3, length);
        ensure(length);
        size = Utf8.write(text, buffer, size);
    }

    private void writeBytes(byte[] bytes) {
        writeHead(2, bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    private void writeLink(DagValue.Link link) {
        byte[] cid = link.cid().bytes();
        writeByte(LINK_TAG_HEAD_1);
        writeByte(LINK_TAG_HEAD_2);
        writeHead(2, cid.length + 1);
        writeByte(0x00);
        ensure(cid.length);
        System.arraycopy(cid, 0, buffer, size, cid.length);
        size += cid.length;
    }

    private void writeList(DagValue.List list, int depth) {
        checkDepth(depth);
        writeHead(4, list.items().size());
        for (DagValue item : list.items()) {
            write(item, depth);
        }
    }

    private void writeMap(DagValue.Map map, int depth) {
        checkDepth(depth);
        CanonicalMap entries = (CanonicalMap) map.entries();
        writeHead(5, entries.size());
        for (int i = 0; i < entries.size(); i++) {
            writeText(entries.keyAt(i));
            write(entries.valueAt(i), depth);
        }
    }

    private void writeHead(int major, long argument) {
        int type = major << 5;
        ensure(9);
        if (argument < 24) {
            buffer[size++] = (byte) (type | (int) argument);
        } else if (argument < 0x100) {
            buffer[size++] = (byte) (type | 24);
            buffer[size++] = (byte) argument;
        } else if (argument < 0x10000) {
            buffer[size++] = (byte) (type | 25);
            writeBigEndian(argument, 2);
        } else if (argument < 0x1_0000_0000L) {
            buffer[size++] = (byte) (type | 26);
            writeBigEndian(argument, 4);
        } else {
            buffer[size++] = (byte) (type | 27);
            writeBigEndian(argument, 8);
        }
    }

    private void writeBigEndian(long value, int bytes) {
        for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
    }

    private void writeByte(int b) {
        ensure(1);
        buffer[size++] = (byte) b;
    }

    private void ensure(int more) {
        if (buffer.length - size < more) {
            long wanted = Math.max((long) buffer.length * 2, (long) size + more);
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new AtprotoException("a DAG-CBOR encoding would exceed %d bytes".formatted(Integer.MAX_VALUE - 8));
            }
            buffer = Arrays.copyOf(buffer, (int) wanted);
        }
    }

    private static void checkDepth(int depth) {
        if (depth > DagCbor.MAX_NESTING) {
            throw new AtprotoException("lists and maps nest deeper than %d levels; DAG-CBOR readers would refuse it"
                    .formatted(DagCbor.MAX_NESTING));
        }
    }
}
