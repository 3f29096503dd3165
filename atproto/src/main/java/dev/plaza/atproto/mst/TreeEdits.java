package dev.plaza.atproto.mst;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.mst.Node.Child;
import dev.plaza.atproto.mst.Node.Item;
import dev.plaza.atproto.mst.Node.Leaf;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tree's edits, each returning a new tree that shares every untouched subtree with the old one.
 * The result is always the one shape the keys determine, whatever order they arrived in: a key sits
 * at the level of its height; a region without keys of some level still has a node on that level
 * (holding only the subtree below); only the root is trimmed of such nodes.
 */
final class TreeEdits {

    private TreeEdits() {
    }

    /** The tree with {@code key} set to {@code value}, added or replaced. */
    static Node put(Node root, String key, Cid value) {
        int height = MstKeys.height(key);
        if (root.isEmpty()) {
            return Node.built(height, List.of(new Leaf(key, value)));
        }
        if (height > root.level()) {
            Split halves = split(root, key);
            Optional<Node> left = raise(halves.left(), height - 1);
            Optional<Node> right = raise(halves.right(), height - 1);
            List<Item> items = new ArrayList<>(3);
            left.ifPresent(node -> items.add(new Child(node)));
            items.add(new Leaf(key, value));
            right.ifPresent(node -> items.add(new Child(node)));
            return Node.built(height, items);
        }
        return insert(root, key, value, height);
    }

    /** The tree without {@code key}; fails when the tree does not hold it. */
    static Node delete(Node root, String key) {
        Node node = remove(root, key, MstKeys.height(key)).orElse(Node.empty());
        while (node.leaves().isEmpty() && node.onlyChild().isPresent()) {
            node = node.onlyChild().get();
        }
        return node;
    }

    /** The canonical tree of {@code entries}, which must be sorted by key without repeats. */
    static Node build(List<Leaf> entries) {
        int top = 0;
        for (Leaf entry : entries) {
            top = Math.max(top, MstKeys.height(entry.key()));
        }
        return entries.isEmpty() ? Node.empty() : build(entries, top);
    }

    private static Node build(List<Leaf> entries, int level) {
        List<Item> items = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (MstKeys.height(entries.get(i).key()) == level) {
                if (runStart >= 0) {
                    items.add(new Child(build(entries.subList(runStart, i), level - 1)));
                    runStart = -1;
                }
                items.add(entries.get(i));
            } else if (runStart < 0) {
                runStart = i;
            }
        }
        if (runStart >= 0) {
            items.add(new Child(build(entries.subList(runStart, entries.size()), level - 1)));
        }
        return Node.built(level, items);
    }

    private static Node insert(Node node, String key, Cid value, int height) {
        List<Item> items = new ArrayList<>(node.items());
        int at = position(items, key);
        if (at < items.size() && items.get(at) instanceof Leaf leaf && leaf.key().equals(key)) {
            items.set(at, new Leaf(key, value));
            return Node.built(node.level(), items);
        }
        Optional<Node> gap = at > 0 && items.get(at - 1) instanceof Child child ? Optional.of(child.node()) : Optional.empty();
        if (height == node.level()) {
            List<Item> replacement = new ArrayList<>(3);
            if (gap.isPresent()) {
                Split halves = split(gap.get(), key);
                halves.left().ifPresent(left -> replacement.add(new Child(left)));
                replacement.add(new Leaf(key, value));
                halves.right().ifPresent(right -> replacement.add(new Child(right)));
                items.remove(at - 1);
                items.addAll(at - 1, replacement);
            } else {
                items.add(at, new Leaf(key, value));
            }
        } else if (gap.isPresent()) {
            items.set(at - 1, new Child(insert(gap.get(), key, value, height)));
        } else {
            Node leaf = Node.built(height, List.of(new Leaf(key, value)));
            items.add(at, new Child(raise(Optional.of(leaf), node.level() - 1).orElseThrow()));
        }
        return Node.built(node.level(), items);
    }

    private static Optional<Node> remove(Node node, String key, int height) {
        List<Item> items = new ArrayList<>(node.items());
        int at = position(items, key);
        if (height == node.level()) {
            if (at >= items.size() || !(items.get(at) instanceof Leaf leaf) || !leaf.key().equals(key)) {
                throw notFound(key);
            }
            boolean childBefore = at > 0 && items.get(at - 1) instanceof Child;
            boolean childAfter = at + 1 < items.size() && items.get(at + 1) instanceof Child;
            if (childBefore && childAfter) {
                Node merged = merge(((Child) items.get(at - 1)).node(), ((Child) items.get(at + 1)).node());
                items.subList(at - 1, at + 2).clear();
                items.add(at - 1, new Child(merged));
            } else {
                items.remove(at);
            }
        } else if (height < node.level() && at > 0 && items.get(at - 1) instanceof Child child) {
            Optional<Node> smaller = remove(child.node(), key, height);
            if (smaller.isPresent()) {
                items.set(at - 1, new Child(smaller.get()));
            } else {
                items.remove(at - 1);
            }
        } else {
            throw notFound(key);
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(Node.built(node.level(), items));
    }

    /** The keys of {@code node} below and above {@code key} (which it does not hold), as two trees of its level. */
    private static Split split(Node node, String key) {
        List<Item> items = node.items();
        int at = position(items, key);
        List<Item> left = new ArrayList<>(items.subList(0, at));
        List<Item> right = new ArrayList<>(items.subList(at, items.size()));
        if (!left.isEmpty() && left.getLast() instanceof Child child) {
            Split inner = split(child.node(), key);
            left.removeLast();
            inner.left().ifPresent(half -> left.add(new Child(half)));
            inner.right().ifPresent(half -> right.addFirst(new Child(half)));
        }
        return new Split(tree(node.level(), left), tree(node.level(), right));
    }

    /** Two trees of one level, all keys of {@code left} below all of {@code right}'s, as one. */
    private static Node merge(Node left, Node right) {
        List<Item> items = new ArrayList<>(left.items().size() + right.items().size());
        items.addAll(left.items());
        List<Item> rest = right.items();
        if (!items.isEmpty() && items.getLast() instanceof Child last && !rest.isEmpty() && rest.getFirst() instanceof Child first) {
            items.set(items.size() - 1, new Child(merge(last.node(), first.node())));
            items.addAll(rest.subList(1, rest.size()));
        } else {
            items.addAll(rest);
        }
        return Node.built(left.level(), items);
    }

    /** {@code node} under as many single-subtree nodes as it takes to reach {@code level}. */
    private static Optional<Node> raise(Optional<Node> node, int level) {
        if (node.isEmpty()) {
            return node;
        }
        Node raised = node.get();
        while (raised.level() < level) {
            raised = Node.built(raised.level() + 1, List.of(new Child(raised)));
        }
        return Optional.of(raised);
    }

    /** The index of the first leaf whose key is not below {@code key}, or the end. */
    private static int position(List<Item> items, String key) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Leaf leaf && leaf.key().compareTo(key) >= 0) {
                return i;
            }
        }
        return items.size();
    }

    private static Optional<Node> tree(int level, List<Item> items) {
        return items.isEmpty() ? Optional.empty() : Optional.of(Node.built(level, items));
    }

    private static AtprotoException notFound(String key) {
        return new AtprotoException("the tree holds no record at \"%s\"".formatted(key));
    }

    private record Split(Optional<Node> left, Optional<Node> right) {
    }
}
