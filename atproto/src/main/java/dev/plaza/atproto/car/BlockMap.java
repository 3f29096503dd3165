package dev.plaza.atproto.car;

import dev.plaza.atproto.cid.Cid;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Verified blocks by CID, in the order they came; a CID seen twice keeps its first block. */
public final class BlockMap {

    private final Map<Cid, Block> blocks;

    private BlockMap(Map<Cid, Block> blocks) {
        this.blocks = Collections.unmodifiableMap(blocks);
    }

    public static BlockMap of(Collection<Block> blocks) {
        Map<Cid, Block> byCid = new LinkedHashMap<>();
        for (Block block : blocks) {
            byCid.putIfAbsent(block.cid(), block);
        }
        return new BlockMap(byCid);
    }

    public Optional<Block> get(Cid cid) {
        return Optional.ofNullable(blocks.get(cid));
    }

    public boolean contains(Cid cid) {
        return blocks.containsKey(cid);
    }

    public int size() {
        return blocks.size();
    }

    public Set<Cid> cids() {
        return blocks.keySet();
    }

    /** The blocks in the order they came. */
    public Collection<Block> blocks() {
        return blocks.values();
    }
}
