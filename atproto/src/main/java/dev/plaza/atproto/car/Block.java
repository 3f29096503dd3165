package dev.plaza.atproto.car;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.cid.Codec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Bytes and the CID they hash to; every way of making one checks or computes that CID. */
public final class Block {

    private final Cid cid;
    private final byte[] data;

    /** Takes an array that nothing else holds, already verified against {@code cid}. */
    Block(Cid cid, byte[] data) {
        this.cid = cid;
        this.data = data;
    }

    /** A block whose bytes were addressed elsewhere; refused unless they hash to {@code cid}. */
    public static Block of(Cid cid, byte[] bytes) {
        byte[] copy = bytes.clone();
        if (!cid.verifies(copy)) {
            throw new AtprotoException("%d bytes do not hash to %s".formatted(copy.length, cid));
        }
        return new Block(cid, copy);
    }

    public static Block of(Codec codec, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new Block(Cid.of(codec, copy), copy);
    }

    /** The DAG-CBOR block of a value: a record, a commit or a tree node. */
    public static Block of(DagValue value) {
        byte[] bytes = DagCbor.encode(value);
        return new Block(Cid.of(Codec.DAG_CBOR, bytes), bytes);
    }

    public Cid cid() {
        return cid;
    }

    public int length() {
        return data.length;
    }

    public byte[] bytes() {
        return data.clone();
    }

    public InputStream asInputStream() {
        return new ByteArrayInputStream(data);
    }

    /** The data model value of a DAG-CBOR block, read strictly. */
    public DagValue decode() {
        if (cid.codec() != Codec.DAG_CBOR) {
            throw new AtprotoException("block %s is %s, not DAG-CBOR".formatted(cid, cid.codec()));
        }
        try {
            return DagCbor.decode(data);
        } catch (AtprotoException e) {
            throw new AtprotoException("block %s: %s".formatted(cid, e.getMessage()), e);
        }
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(data);
    }

    /** Blocks are equal when their CIDs are, since each CID was checked against its bytes. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Block block && cid.equals(block.cid);
    }

    @Override
    public int hashCode() {
        return cid.hashCode();
    }

    @Override
    public String toString() {
        return "Block[" + cid + ", " + data.length + " bytes]";
    }
}
