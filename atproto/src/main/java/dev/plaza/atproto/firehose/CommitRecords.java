package dev.plaza.atproto.firehose;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.car.Block;
import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.cbor.DagValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The records a commit message wrote, read from its CAR slice: each create and update with the record
 * it stored, each delete without one. A record block the slice lacks, or one that is not a DAG-CBOR
 * map, is refused with the op it belongs to named.
 */
public final class CommitRecords {

    /** One op of the commit: the record it wrote, empty for a delete. */
    public record Written(RepoOp.Action action, String collection, String rkey, Optional<DagValue.Map> record) {
    }

    private CommitRecords() {
    }

    public static List<Written> of(CommitMessage commit) {
        String where = "commit %s of %s (seq %d)".formatted(commit.rev(), commit.repo(), commit.seq());
        CarSlice slice = commit.ops().stream().anyMatch(op -> op.cid().isPresent())
                ? CarSlice.read(commit.blocks(), where) : null;
        List<Written> written = new ArrayList<>(commit.ops().size());
        for (RepoOp op : commit.ops()) {
            int slash = op.path().indexOf('/');
            if (slash <= 0 || slash == op.path().length() - 1) {
                throw new AtprotoException("%s: op path \"%s\" is not collection/rkey".formatted(where, op.path()));
            }
            Optional<DagValue.Map> record = op.cid().map(cid -> {
                Block block = slice.block(cid).orElseThrow(() -> new AtprotoException(
                        "%s: its CAR slice lacks the record %s of %s".formatted(where, cid, op)));
                if (!(DagCbor.decode(block.bytes()) instanceof DagValue.Map map)) {
                    throw new AtprotoException("%s: the record of %s is not a map".formatted(where, op));
                }
                return map;
            });
            written.add(new Written(op.action(), op.path().substring(0, slash), op.path().substring(slash + 1), record));
        }
        return written;
    }
}
