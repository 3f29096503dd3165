package dev.plaza.atproto.firehose;

import dev.plaza.atproto.car.Block;
import dev.plaza.atproto.car.CarWriter;
import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.SigningKey;
import dev.plaza.atproto.mst.BlockSource;
import dev.plaza.atproto.mst.Mst;
import dev.plaza.atproto.repo.Commit;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Tid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A repository for tests, held in memory and committed to as a host would: each step signs a real
 * commit over a real tree and carries the slice a Sync 1.1 host sends — the commit, the tree nodes
 * that reading and undoing its operations touch, and the new records.
 */
final class TestRepo {

    static final Instant START = Instant.parse("2025-05-01T12:00:00Z");
    static final Datetime TIME = Datetime.parse("2025-05-01T12:00:00.000Z");

    final SigningKey key;
    final Did did;
    private Mst tree = Mst.empty();
    private final Map<Cid, byte[]> nodes = new HashMap<>(Mst.empty().blocks());
    private Optional<Cid> lastCommit = Optional.empty();
    private Optional<String> lastRev = Optional.empty();
    private long micros = START.toEpochMilli() * 1000;

    TestRepo(String did) {
        this(SigningKey.generate(KeyType.K256), Did.parse(did));
    }

    TestRepo(SigningKey key, Did did) {
        this.key = key;
        this.did = did;
    }

    static DagValue.Map post(String text) {
        return new DagValue.Map(Map.of("$type", new DagValue.Text("app.bsky.feed.post"), "text", new DagValue.Text(text),
                "createdAt", new DagValue.Text(TIME.value())));
    }

    static Cid cidOf(DagValue record) {
        return DagCbor.cid(record);
    }

    /** A commit that puts {@code records} (path to record) and deletes {@code deletes}, in that order of ops. */
    Step commit(Map<String, DagValue> records, List<String> deletes) {
        Mst before = tree;
        Mst after = tree;
        List<RepoOp> ops = new ArrayList<>();
        Map<Cid, byte[]> recordBlocks = new LinkedHashMap<>();
        for (var entry : records.entrySet()) {
            Cid cid = cidOf(entry.getValue());
            recordBlocks.put(cid, DagCbor.encode(entry.getValue()));
            Optional<Cid> prev = before.get(entry.getKey());
            ops.add(prev.isPresent() ? RepoOp.update(entry.getKey(), cid, prev) : RepoOp.create(entry.getKey(), cid));
            after = after.put(entry.getKey(), cid);
        }
        for (String path : deletes) {
            ops.add(RepoOp.delete(path, before.get(path)));
            after = after.delete(path);
        }
        nodes.putAll(after.blocks());
        Set<Cid> forOps = CommitProof.readForOps(after.root(), BlockSource.of(nodes), ops);
        Set<Cid> forProof = CommitProof.readForUndo(after.root(), BlockSource.of(nodes), ops);
        forProof.addAll(forOps);
        Set<Cid> proofOnly = new HashSet<>(forProof);
        proofOnly.removeAll(forOps);

        String rev = Tid.of(micros++, 0).value();
        Commit commit = Commit.sign(did.value(), after.root(), rev, lastCommit, key);
        Step step = new Step(this, commit, ops, before.root(), pick(forProof), recordBlocks, proofOnly, lastRev);
        tree = after;
        lastCommit = Optional.of(commit.cid());
        lastRev = Optional.of(rev);
        return step;
    }

    Step create(String path, DagValue record) {
        return commit(Map.of(path, record), List.of());
    }

    Step delete(String path) {
        return commit(Map.of(), List.of(path));
    }

    Mst tree() {
        return tree;
    }

    private Map<Cid, byte[]> pick(Set<Cid> cids) {
        Map<Cid, byte[]> picked = new LinkedHashMap<>();
        cids.forEach(cid -> picked.put(cid, nodes.get(cid)));
        return picked;
    }

    /** One commit and all a #commit message about it needs; {@code proofOnly} are the nodes only undoing the ops reads. */
    record Step(TestRepo repo, Commit commit, List<RepoOp> ops, Cid prevData, Map<Cid, byte[]> treeNodes,
            Map<Cid, byte[]> records, Set<Cid> proofOnly, Optional<String> since) {

        CommitMessage message(long seq) {
            return message(seq, slice(commit, treeNodes));
        }

        CommitMessage message(long seq, byte[] slice) {
            return new CommitMessage(seq, false, false, repo.did, commit.cid(), commit.rev().orElseThrow(), since,
                    DagValue.Bytes.of(slice), ops, List.of(), Optional.of(prevData), TIME);
        }

        SyncMessage sync(long seq) {
            return new SyncMessage(seq, repo.did, DagValue.Bytes.of(slice(commit, Map.of())), commit.rev().orElseThrow(), TIME);
        }

        /** A CAR slice rooted at {@code root} with these tree nodes, the step's records, and {@code root}'s block. */
        byte[] slice(Commit root, Map<Cid, byte[]> tree) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(Block.of(root.cid(), root.encode()));
            tree.forEach((cid, bytes) -> blocks.add(Block.of(cid, bytes)));
            records.forEach((cid, bytes) -> blocks.add(Block.of(cid, bytes)));
            return CarWriter.toBytes(List.of(root.cid()), blocks);
        }

        Map<Cid, byte[]> treeNodesWithout(Cid missing) {
            Map<Cid, byte[]> fewer = new LinkedHashMap<>(treeNodes);
            fewer.remove(missing);
            return fewer;
        }
    }
}
