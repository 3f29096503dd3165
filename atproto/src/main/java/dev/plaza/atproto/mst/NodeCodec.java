package dev.plaza.atproto.mst;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.mst.Node.Child;
import dev.plaza.atproto.mst.Node.Item;
import dev.plaza.atproto.mst.Node.Leaf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tree node's block (atproto repository spec): {@code {l: link|null, e: [{p, k, v, t}]}}, where
 * {@code p} is how many bytes of the previous entry's key this key shares, {@code k} the rest of
 * the key, {@code v} the record's CID and {@code t} the subtree right of the entry (or null).
 */
final class NodeCodec {

    private NodeCodec() {
    }

    static byte[] encode(List<Item> items) {
        DagValue left = DagValue.NULL;
        List<DagValue> entries = new ArrayList<>();
        byte[] previous = new byte[0];
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item instanceof Child child) {
                if (i == 0) {
                    left = new DagValue.Link(child.node().cid());
                } else if (items.get(i - 1) instanceof Child) {
                    throw new IllegalStateException("two subtrees next to each other in a tree node");
                }
                continue;
            }
            Leaf leaf = (Leaf) item;
            byte[] key = leaf.key().getBytes(StandardCharsets.UTF_8);
            int shared = Arrays.mismatch(previous, key);
            shared = shared < 0 ? key.length : shared;
            DagValue right = i + 1 < items.size() && items.get(i + 1) instanceof Child child
                    ? new DagValue.Link(child.node().cid()) : DagValue.NULL;
            entries.add(new DagValue.Map(Map.of(
                    "p", new DagValue.Int(shared),
                    "k", DagValue.Bytes.of(Arrays.copyOfRange(key, shared, key.length)),
                    "v", new DagValue.Link(leaf.value()),
                    "t", right)));
            previous = key;
        }
        return DagCbor.encode(new DagValue.Map(Map.of("l", left, "e", new DagValue.List(entries))));
    }

    static NodeData decode(byte[] block) {
        if (!(DagCbor.decode(block) instanceof DagValue.Map node)) {
            throw new AtprotoException("a tree node block is not a map");
        }
        if (node.entries().size() != 2 || !node.entries().containsKey("l") || !node.entries().containsKey("e")) {
            throw new AtprotoException("a tree node has exactly the fields l and e; this one has " + node.entries().keySet());
        }
        Optional<Cid> left = node.link("l");
        DagValue.List entries = node.list("e").orElseThrow(() -> new AtprotoException("a tree node's e is null"));
        List<NodeData.Entry> decoded = new ArrayList<>(entries.items().size());
        byte[] previous = new byte[0];
        for (DagValue value : entries.items()) {
            if (!(value instanceof DagValue.Map entry) || entry.entries().size() != 4) {
                throw new AtprotoException("a tree entry is a map of p, k, v and t; got " + value);
            }
            int shared = Math.toIntExact(entry.integer("p").orElseThrow(() -> missing("p")));
            byte[] suffix = entry.bytes("k").orElseThrow(() -> missing("k")).toArray();
            if (shared < 0 || shared > previous.length) {
                throw new AtprotoException("a tree entry shares %d bytes with a previous key of %d".formatted(shared, previous.length));
            }
            byte[] key = Arrays.copyOf(previous, shared + suffix.length);
            System.arraycopy(suffix, 0, key, shared, suffix.length);
            String text = MstKeys.check(new String(key, StandardCharsets.UTF_8));
            if (Arrays.compare(previous, key) >= 0 && previous.length > 0) {
                throw new AtprotoException("tree keys out of order: \"%s\" after \"%s\""
                        .formatted(text, new String(previous, StandardCharsets.UTF_8)));
            }
            decoded.add(new NodeData.Entry(text, entry.link("v").orElseThrow(() -> missing("v")), entry.link("t")));
            previous = key;
        }
        return new NodeData(left, decoded);
    }

    private static AtprotoException missing(String field) {
        return new AtprotoException("a tree entry lacks its " + field);
    }
}
