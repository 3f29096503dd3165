package dev.plaza.atproto.car;

import dev.plaza.atproto.cid.Cid;
import java.util.List;

/** A whole CAR file in memory: its roots and its verified blocks. */
public record Car(List<Cid> roots, BlockMap blocks) {

    public Car {
        roots = List.copyOf(roots);
    }

    /** The CAR v1 file of these roots and blocks, blocks in the order the map holds them. */
    public byte[] toBytes() {
        return CarWriter.toBytes(roots, blocks.blocks());
    }
}
