package dev.plaza.bench;

import dev.plaza.atproto.car.Block;
import dev.plaza.atproto.car.CarWriter;
import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.cid.Codec;
import dev.plaza.atproto.crypto.SigningKey;
import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.Frames;
import dev.plaza.atproto.firehose.RepoOp;
import dev.plaza.atproto.firehose.CommitProof;
import dev.plaza.atproto.mst.BlockSource;
import dev.plaza.atproto.mst.Mst;
import dev.plaza.atproto.repo.Commit;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One account's repository as its PDS keeps it, committed to as a PDS commits (atproto sync spec,
 * Sync 1.1): each commit is signed over the new tree's root and goes out as a #commit frame whose
 * CAR slice holds the commit, the tree nodes it added, the nodes that reading and undoing its
 * operations touch (the inductive proof that leads back to prevData), and the new records.
 */
final class FirehoseRepo {

    /** A record to put at {@code path}, or, without one, the deletion of what is there. */
    record Write(String path, Optional<DagValue> record) {
    }

    private final Did did;
    private final SigningKey key;
    private final int clockId;
    private Mst tree = Mst.empty();
    private final Map<Cid, byte[]> nodes = new HashMap<>(Mst.empty().blocks());
    private Optional<String> lastRev = Optional.empty();

    FirehoseRepo(Did did, SigningKey key, int clockId) {
        this.did = did;
        this.key = key;
        this.clockId = clockId;
    }

    Did did() {
        return did;
    }

    int clockId() {
        return clockId;
    }

    Optional<Cid> get(String path) {
        return tree.get(path);
    }

    /** Commits {@code writes} (distinct paths) with a rev of {@code micros}, and returns the #commit frame of it. */
    byte[] commit(List<Write> writes, long seq, long micros, Datetime time) {
        Mst before = tree;
        Mst after = tree;
        List<RepoOp> ops = new ArrayList<>(writes.size());
        List<Block> records = new ArrayList<>();
        for (Write write : writes) {
            Optional<Cid> prev = after.get(write.path());
            if (write.record().isPresent()) {
                Block record = Block.of(Codec.DAG_CBOR, DagCbor.encode(write.record().get()));
                records.add(record);
                ops.add(prev.isPresent() ? RepoOp.update(write.path(), record.cid(), prev) : RepoOp.create(write.path(), record.cid()));
                after = after.put(write.path(), record.cid());
            } else {
                ops.add(RepoOp.delete(write.path(), prev));
                after = after.delete(write.path());
            }
        }
        Map<Cid, byte[]> treeBlocks = proofBlocks(before, after, ops);
        String rev = FirehoseTime.tid(micros, clockId);
        Commit commit = Commit.sign(did.value(), after.root(), rev, Optional.empty(), key);
        Block commitBlock = Block.of(Codec.DAG_CBOR, commit.encode());
        List<Block> blocks = new ArrayList<>(1 + treeBlocks.size() + records.size());
        blocks.add(commitBlock);
        treeBlocks.forEach((cid, bytes) -> blocks.add(Block.of(cid, bytes)));
        blocks.addAll(records);
        byte[] car = CarWriter.toBytes(List.of(commitBlock.cid()), blocks);
        CommitMessage message = new CommitMessage(seq, false, false, did, commitBlock.cid(), rev, lastRev,
                DagValue.Bytes.of(car), ops, List.of(), Optional.of(before.root()), time);
        before.blocksNotIn(after).keySet().forEach(nodes::remove);
        tree = after;
        lastRev = Optional.of(rev);
        return Frames.encode(message);
    }

    /** The new tree's nodes that {@code before} lacks, then those that reading and undoing {@code ops} on it read. */
    private Map<Cid, byte[]> proofBlocks(Mst before, Mst after, List<RepoOp> ops) {
        Map<Cid, byte[]> blocks = new LinkedHashMap<>(after.blocksNotIn(before));
        nodes.putAll(blocks);
        Set<Cid> read = CommitProof.readForOps(after.root(), BlockSource.of(nodes), ops);
        read.addAll(CommitProof.readForUndo(after.root(), BlockSource.of(nodes), ops));
        read.forEach(cid -> blocks.putIfAbsent(cid, nodes.get(cid)));
        return blocks;
    }
}
