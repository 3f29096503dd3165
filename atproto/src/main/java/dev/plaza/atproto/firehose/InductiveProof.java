package dev.plaza.atproto.firehose;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.mst.Mst;
import java.util.List;

/**
 * Sync 1.1's inductive proof (atproto sync spec): the operations undone on the commit's partial tree
 * — creates deleted, updates and deletes put back to their prev — must give the tree root the
 * message names as prevData. The slice must hold every node the undoing touches; a missing one
 * means the proof is incomplete.
 */
final class InductiveProof {

    private InductiveProof() {
    }

    static void check(List<RepoOp> ops, Mst tree, Cid prevData, String where) {
        for (int i = 0; i < ops.size(); i++) {
            RepoOp op = ops.get(i);
            if (op.action() != RepoOp.Action.CREATE && op.prev().isEmpty()) {
                throw new AtprotoException("%s: op %d (%s) lacks the prev that the proof needs to undo it".formatted(where, i, op));
            }
        }
        Mst before = tree;
        for (int i = 0; i < ops.size(); i++) {
            RepoOp op = ops.get(i);
            try {
                before = undo(op, before);
            } catch (AtprotoException e) {
                throw new AtprotoException("%s: the proof is incomplete: undoing op %d (%s): %s"
                        .formatted(where, i, op, e.getMessage()), e);
            }
        }
        Cid root = rootOf(before, where);
        if (!root.equals(prevData)) {
            throw new AtprotoException("%s: undoing its ops gives the tree root %s, not its prevData %s".formatted(where, root, prevData));
        }
    }

    /** {@code tree} with {@code ops} undone in order: creates deleted, updates and deletes put back to their prev. */
    static Mst undoAll(List<RepoOp> ops, Mst tree) {
        Mst undone = tree;
        for (RepoOp op : ops) {
            undone = undo(op, undone);
        }
        return undone;
    }

    private static Mst undo(RepoOp op, Mst tree) {
        return switch (op.action()) {
            case CREATE -> tree.delete(op.path());
            case UPDATE, DELETE -> tree.put(op.path(), op.prev().orElseThrow());
        };
    }

    private static Cid rootOf(Mst tree, String where) {
        try {
            return tree.root();
        } catch (AtprotoException e) {
            throw new AtprotoException("%s: the proof is incomplete: %s".formatted(where, e.getMessage()), e);
        }
    }
}
