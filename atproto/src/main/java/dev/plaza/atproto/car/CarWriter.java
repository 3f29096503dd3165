package dev.plaza.atproto.car;

import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.encoding.Varint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes a CAR v1 file: the header on opening, then one varint-length section per block. */
public final class CarWriter {

    private final OutputStream out;

    private CarWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes the header for {@code roots} to {@code out}; the caller closes {@code out} when done. */
    public static CarWriter open(OutputStream out, List<Cid> roots) throws IOException {
        byte[] header = CarHeader.encode(roots);
        out.write(Varint.encode(header.length));
        out.write(header);
        return new CarWriter(out);
    }

    public static byte[] toBytes(List<Cid> roots, Iterable<Block> blocks) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            CarWriter writer = open(bytes, roots);
            for (Block block : blocks) {
                writer.write(block);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a ByteArrayOutputStream does not fail", e);
        }
        return bytes.toByteArray();
    }

    public void write(Block block) throws IOException {
        byte[] cid = block.cid().bytes();
        out.write(Varint.encode((long) cid.length + block.length()));
        out.write(cid);
        block.writeTo(out);
    }
}
