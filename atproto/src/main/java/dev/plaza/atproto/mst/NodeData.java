package dev.plaza.atproto.mst;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A tree node as its block holds it: the subtree left of every entry, then the entries with their
 * keys written as the length of the prefix shared with the previous key plus the rest.
 */
record NodeData(Optional<Cid> left, List<Entry> entries) {

    /** One record at the node's level, and the subtree right of it. */
    record Entry(String key, Cid value, Optional<Cid> right) {
    }

    /** The node's items for a node at {@code level}, subtrees to be read from {@code source}. */
    List<Node.Item> items(int level, BlockSource source) {
        List<Node.Item> items = new ArrayList<>(entries.size() * 2 + 1);
        left.ifPresent(cid -> items.add(new Node.Child(Node.stored(below(level, cid), cid, source))));
        for (Entry entry : entries) {
            int height = MstKeys.height(entry.key());
            if (height != level) {
                throw new AtprotoException("tree key \"%s\" has height %d but sits in a node of level %d"
                        .formatted(entry.key(), height, level));
            }
            items.add(new Node.Leaf(entry.key(), entry.value()));
            entry.right().ifPresent(cid -> items.add(new Node.Child(Node.stored(below(level, cid), cid, source))));
        }
        return items;
    }

    /** The level of a node holding this data: its keys' height, or one above its only subtree's. */
    int level(BlockSource source) {
        if (!entries.isEmpty()) {
            return MstKeys.height(entries.getFirst().key());
        }
        if (left.isEmpty()) {
            return 0;
        }
        byte[] block = source.block(left.get()).orElseThrow(() -> new AtprotoException(
                "the tree node %s is not among the blocks at hand".formatted(left.get())));
        return NodeCodec.decode(block).level(source) + 1;
    }

    private static int below(int level, Cid cid) {
        if (level == 0) {
            throw new AtprotoException("a tree node at level 0 points to a subtree (%s)".formatted(cid));
        }
        return level - 1;
    }
}
