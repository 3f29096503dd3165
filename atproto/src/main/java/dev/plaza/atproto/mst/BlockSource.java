package dev.plaza.atproto.mst;

import dev.plaza.atproto.cid.Cid;
import java.util.Map;
import java.util.Optional;

/** Where the tree's nodes are read from: a repository's blocks, a commit's proof, a store. */
@FunctionalInterface
public interface BlockSource {

    BlockSource NONE = cid -> Optional.empty();

    Optional<byte[]> block(Cid cid);

    static BlockSource of(Map<Cid, byte[]> blocks) {
        return cid -> Optional.ofNullable(blocks.get(cid));
    }
}
