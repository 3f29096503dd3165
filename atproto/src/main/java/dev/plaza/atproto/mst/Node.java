package dev.plaza.atproto.mst;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.cid.Codec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One node of the tree, immutable once built: its items in key order — leaves (records at this
 * node's level) and the subtrees between them (nodes one level down). A node read from a block
 * knows its CID and loads its items when first asked; a node built by an operation computes its
 * CID when first asked.
 */
final class Node {

    sealed interface Item permits Leaf, Child {
    }

    record Leaf(String key, Cid value) implements Item {
    }

    record Child(Node node) implements Item {
    }

    private final int level;
    private final BlockSource source;
    private List<Item> items;
    private Cid cid;
    private byte[] encoded;

    private Node(int level, List<Item> items, Cid cid, BlockSource source) {
        this.level = level;
        this.items = items;
        this.cid = cid;
        this.source = source;
    }

    static Node built(int level, List<Item> items) {
        return new Node(level, List.copyOf(items), null, BlockSource.NONE);
    }

    static Node stored(int level, Cid cid, BlockSource source) {
        return new Node(level, null, cid, source);
    }

    static Node empty() {
        return built(0, List.of());
    }

    int level() {
        return level;
    }

    boolean loaded() {
        return items != null;
    }

    synchronized List<Item> items() {
        if (items == null) {
            byte[] block = source.block(cid).orElseThrow(() -> new AtprotoException(
                    "the tree node %s is not among the blocks at hand".formatted(cid)));
            if (!cid.verifies(block)) {
                throw new AtprotoException("the block given for tree node %s does not hash to it".formatted(cid));
            }
            items = NodeCodec.decode(block).items(level, source);
            encoded = block;
        }
        return items;
    }

    boolean isEmpty() {
        return items().isEmpty();
    }

    synchronized Cid cid() {
        if (cid == null) {
            encoded = NodeCodec.encode(items);
            cid = Cid.of(Codec.DAG_CBOR, encoded);
        }
        return cid;
    }

    /** This node's block: its DAG-CBOR encoding. */
    synchronized byte[] block() {
        if (encoded == null) {
            if (items == null) {
                items();
            } else {
                cid();
            }
        }
        return encoded;
    }

    List<Leaf> leaves() {
        List<Leaf> leaves = new ArrayList<>();
        for (Item item : items()) {
            if (item instanceof Leaf leaf) {
                leaves.add(leaf);
            }
        }
        return leaves;
    }

    Optional<Node> onlyChild() {
        List<Item> all = items();
        return all.size() == 1 && all.getFirst() instanceof Child child ? Optional.of(child.node()) : Optional.empty();
    }
}
