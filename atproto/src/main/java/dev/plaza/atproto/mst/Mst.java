package dev.plaza.atproto.mst;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.mst.Node.Child;
import dev.plaza.atproto.mst.Node.Item;
import dev.plaza.atproto.mst.Node.Leaf;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * A repository's Merkle Search Tree (atproto repository spec): record paths to record CIDs, in one
 * shape determined by the keys alone, so that equal contents have equal root CIDs. Immutable: each
 * edit returns a new tree sharing every untouched node. A tree read from blocks loads its nodes as
 * it needs them and fails, naming the node, when a needed one is missing — which is how a commit's
 * proof is checked: its edits are undone with only the blocks it carries.
 */
public final class Mst {

    private final Node root;

    private Mst(Node root) {
        this.root = root;
    }

    public static Mst empty() {
        return new Mst(Node.empty());
    }

    /** The tree of exactly these records. */
    public static Mst of(SortedMap<String, Cid> records) {
        List<Leaf> leaves = new ArrayList<>(records.size());
        records.forEach((key, value) -> leaves.add(new Leaf(MstKeys.check(key), value)));
        return new Mst(TreeEdits.build(leaves));
    }

    /** The tree rooted at {@code root}, its nodes read from {@code blocks} when needed. */
    public static Mst load(Cid root, BlockSource blocks) {
        byte[] block = blocks.block(root).orElseThrow(() -> new AtprotoException(
                "the tree's root node %s is not among the blocks at hand".formatted(root)));
        int level = NodeCodec.decode(block).level(blocks);
        return new Mst(Node.stored(level, root, blocks));
    }

    public Cid root() {
        return root.cid();
    }

    public Optional<Cid> get(String key) {
        int height = MstKeys.height(key);
        Node node = root;
        while (true) {
            List<Item> items = node.items();
            Optional<Node> below = Optional.empty();
            for (Item item : items) {
                if (item instanceof Leaf leaf) {
                    int order = leaf.key().compareTo(key);
                    if (order == 0) {
                        return Optional.of(leaf.value());
                    }
                    if (order > 0) {
                        break;
                    }
                    below = Optional.empty();
                } else {
                    below = Optional.of(((Child) item).node());
                }
            }
            if (below.isEmpty() || height >= node.level()) {
                return Optional.empty();
            }
            node = below.get();
        }
    }

    /** The tree with {@code key} holding {@code value}, whether it held something before or not. */
    public Mst put(String key, Cid value) {
        return new Mst(TreeEdits.put(root, MstKeys.check(key), value));
    }

    /** The tree without {@code key}; fails when there is no record at {@code key}. */
    public Mst delete(String key) {
        return new Mst(TreeEdits.delete(root, key));
    }

    /** Every record, in key order. Loads the whole tree. */
    public void forEach(BiConsumer<String, Cid> action) {
        walk(root, action);
    }

    public SortedMap<String, Cid> records() {
        SortedMap<String, Cid> records = new TreeMap<>();
        forEach(records::put);
        return records;
    }

    /** Every node's block, by CID. Loads the whole tree. */
    public Map<Cid, byte[]> blocks() {
        Map<Cid, byte[]> blocks = new LinkedHashMap<>();
        collect(root, blocks, Optional.empty());
        return blocks;
    }

    /**
     * The nodes of this tree that {@code before} does not have: what a commit that turned
     * {@code before} into this tree adds. Subtrees both share are not entered.
     */
    public Map<Cid, byte[]> blocksNotIn(Mst before) {
        Set<Cid> known = new HashSet<>();
        collectShallow(before.root, known);
        Map<Cid, byte[]> added = new LinkedHashMap<>();
        collect(root, added, Optional.of(known));
        return added;
    }

    private static void walk(Node node, BiConsumer<String, Cid> action) {
        for (Item item : node.items()) {
            switch (item) {
                case Leaf leaf -> action.accept(leaf.key(), leaf.value());
                case Child child -> walk(child.node(), action);
            }
        }
    }

    private static void collect(Node node, Map<Cid, byte[]> blocks, Optional<Set<Cid>> skip) {
        Cid cid = node.cid();
        if (blocks.containsKey(cid) || skip.map(s -> s.contains(cid)).orElse(false)) {
            return;
        }
        blocks.put(cid, node.block());
        for (Item item : node.items()) {
            if (item instanceof Child child) {
                collect(child.node(), blocks, skip);
            }
        }
    }

    /** The nodes of {@code node} that are loaded or built, without reading any block: what the other tree may share. */
    private static void collectShallow(Node node, Set<Cid> seen) {
        seen.add(node.cid());
        if (node.loaded()) {
            for (Item item : node.items()) {
                if (item instanceof Child child) {
                    collectShallow(child.node(), seen);
                }
            }
        }
    }
}
