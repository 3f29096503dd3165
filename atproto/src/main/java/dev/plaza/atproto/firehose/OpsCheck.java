package dev.plaza.atproto.firehose;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.mst.Mst;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A commit's operations read against the tree its commit names, using only the blocks of its slice. */
final class OpsCheck {

    private OpsCheck() {
    }

    static Mst loadTree(Cid data, CarSlice slice, String where) {
        try {
            return Mst.load(data, slice.source());
        } catch (AtprotoException e) {
            throw new AtprotoException("%s: its tree cannot be read: %s".formatted(where, e.getMessage()), e);
        }
    }

    /**
     * Creates and updates must find their record at its path, deletes must find nothing there, and no
     * path may appear twice. STRICT also wants the record blocks of creates and updates in the slice,
     * as the sync spec asks hosts to send them.
     */
    static void againstTree(List<RepoOp> ops, Mst tree, CarSlice slice, Strictness strictness, String where) {
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < ops.size(); i++) {
            RepoOp op = ops.get(i);
            String which = "%s: op %d (%s)".formatted(where, i, op);
            if (!paths.add(op.path())) {
                throw new AtprotoException(which + " repeats a path an earlier op of the commit touched");
            }
            Optional<Cid> held = holding(tree, op.path(), which);
            if (!held.equals(op.cid())) {
                throw new AtprotoException("%s: the commit's tree holds %s there, not %s".formatted(which,
                        held.map(Cid::toString).orElse("nothing"), op.cid().map(Cid::toString).orElse("nothing")));
            }
            if (strictness == Strictness.STRICT && op.cid().isPresent() && !slice.contains(op.cid().get())) {
                throw new AtprotoException("%s: the slice lacks the record block %s".formatted(which, op.cid().get()));
            }
        }
    }

    private static Optional<Cid> holding(Mst tree, String path, String which) {
        try {
            return tree.get(path);
        } catch (AtprotoException e) {
            throw new AtprotoException("%s: the slice does not reach that path of the tree: %s".formatted(which, e.getMessage()), e);
        }
    }
}
