package dev.plaza.atproto.cbor;

import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.cid.Codec;
import java.util.Objects;

/**
 * atproto's DAG-CBOR: the canonical binary form of data model values, in which records,
 * commits, tree nodes and firehose frames travel and from which their CIDs are computed.
 */
public final class DagCbor {

    /**
     * How deep lists and maps may nest. The atproto reference implementations recommend 32 levels
     * for records; firehose frames and tree nodes wrap records, so reading allows more, while still
     * bounding the stack a hostile frame can claim.
     */
    static final int MAX_NESTING = 128;

    private DagCbor() {
    }

    public static byte[] encode(DagValue value) {
        CborEncoder encoder = new CborEncoder();
        encoder.write(value, 0);
        return encoder.toByteArray();
    }

    /** The CID of a value's DAG-CBOR encoding, as a record or block is addressed. */
    public static Cid cid(DagValue value) {
        return Cid.of(Codec.DAG_CBOR, encode(value));
    }

    /** Reads exactly one value; refuses trailing bytes and anything outside the strict profile. */
    public static DagValue decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** Reads exactly one value from {@code length} bytes at {@code offset}; offsets in messages index {@code bytes}. */
    public static DagValue decode(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        int end = offset + length;
        CborDecoder decoder = new CborDecoder(bytes, offset, end);
        DagValue value = decoder.readValue(0);
        if (decoder.position() != end) {
            throw CborDecoder.refuse(decoder.position(), "trailing bytes after the value (%d)".formatted(end - decoder.position()));
        }
        return value;
    }

    /** Reads the value that starts at {@code offset}, as when a firehose frame holds a header and then a body. */
    public static Prefix decodePrefix(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length + 1);
        CborDecoder decoder = new CborDecoder(bytes, offset, bytes.length);
        DagValue value = decoder.readValue(0);
        return new Prefix(value, decoder.position());
    }

    /** A value read from the front of a byte array, and the offset just past it. */
    public record Prefix(DagValue value, int end) {
    }
}
