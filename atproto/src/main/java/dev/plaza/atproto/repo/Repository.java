package dev.plaza.atproto.repo;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.car.Block;
import dev.plaza.atproto.car.Car;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.crypto.HighS;
import dev.plaza.atproto.crypto.PublicKey;
import dev.plaza.atproto.mst.BlockSource;
import dev.plaza.atproto.mst.Mst;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A repository as an export (a CAR file, {@code com.atproto.sync.getRepo}) holds it: the commit
 * the CAR names as its root, the tree that commit signs, and the records the tree points to.
 */
public final class Repository {

    private final Car car;
    private final Commit commit;
    private final Mst tree;

    private Repository(Car car, Commit commit, Mst tree) {
        this.car = car;
        this.commit = commit;
        this.tree = tree;
    }

    /** Reads the commit and the tree's root; fails when the CAR has no single root or lacks the commit. */
    public static Repository of(Car car) {
        if (car.roots().size() != 1) {
            throw new AtprotoException("a repository export has one root, its commit; this CAR has %d".formatted(car.roots().size()));
        }
        Cid root = car.roots().getFirst();
        Block block = car.blocks().get(root).orElseThrow(() -> new AtprotoException(
                "the CAR's root %s (the commit) is not among its blocks".formatted(root)));
        Commit commit = Commit.decode(block.bytes());
        BlockSource blocks = cid -> car.blocks().get(cid).map(Block::bytes);
        return new Repository(car, commit, Mst.load(commit.data(), blocks));
    }

    public Commit commit() {
        return commit;
    }

    public Mst tree() {
        return tree;
    }

    /**
     * Fails, saying why, unless the commit is signed by {@code key} (the DID document's #atproto
     * key). High-S signatures pass: an export may be years old, from before they were refused.
     */
    public void verify(PublicKey key) {
        commit.verify(key, HighS.ACCEPT);
    }

    /** The record at {@code path} ("collection/rkey"), when the tree has one and the CAR carries it. */
    public Optional<DagValue> record(String path) {
        return tree.get(path).map(this::recordBlock).map(Block::decode);
    }

    /**
     * Every record in path order, decoded. Fails on the first record the tree names but the CAR
     * does not carry: a partial export is not a repository.
     */
    public void forEachRecord(BiConsumer<String, DagValue> action) {
        tree.forEach((path, cid) -> action.accept(path, recordBlock(cid).decode()));
    }

    private Block recordBlock(Cid cid) {
        return car.blocks().get(cid).orElseThrow(() -> new AtprotoException(
                "the record %s is in the tree but not among the CAR's blocks".formatted(cid)));
    }
}
