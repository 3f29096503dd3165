package dev.plaza.atproto.firehose;

import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.mst.BlockSource;
import dev.plaza.atproto.mst.Mst;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The tree nodes a host must put in a commit's CAR slice besides those the commit adds (Sync 1.1):
 * the ones a consumer reads to find each op's path, and the ones it reads to undo the ops for the
 * inductive proof. What a host writing #commit messages needs, and what tests of the verifier build.
 */
public final class CommitProof {

    private CommitProof() {
    }

    /** The nodes of the tree rooted at {@code root} that looking up every op's path reads. */
    public static Set<Cid> readForOps(Cid root, BlockSource nodes, List<RepoOp> ops) {
        return read(root, nodes, tree -> ops.forEach(op -> tree.get(op.path())));
    }

    /** The nodes of the tree rooted at {@code root} that undoing {@code ops}, and hashing the result, reads. */
    public static Set<Cid> readForUndo(Cid root, BlockSource nodes, List<RepoOp> ops) {
        return read(root, nodes, tree -> InductiveProof.undoAll(ops, tree).root());
    }

    private static Set<Cid> read(Cid root, BlockSource nodes, Consumer<Mst> action) {
        Set<Cid> read = new HashSet<>();
        action.accept(Mst.load(root, cid -> {
            read.add(cid);
            return nodes.block(cid);
        }));
        return read;
    }
}
