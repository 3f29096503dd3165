package dev.plaza.atproto.listening;

import dev.plaza.atproto.car.Block;
import dev.plaza.atproto.car.CarWriter;
import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.SigningKey;
import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.RepoOp;
import dev.plaza.atproto.mst.Mst;
import dev.plaza.atproto.repo.Commit;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.TidClock;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An account's repository for tests, committed to as a Sync 1.1 host does: each post is a signed commit whose CAR
 * slice holds the commit, the whole (small) tree and the record, with prevData the tree's root before.
 */
final class SignedRepo {

    final Did did;
    private SigningKey key;
    private final TidClock tids = new TidClock(Clock.systemUTC(), 0);
    private Mst tree = Mst.empty();
    private Optional<Cid> lastCommit = Optional.empty();
    private Optional<String> lastRev = Optional.empty();

    SignedRepo(String did) {
        this.did = Did.parse(did);
        this.key = SigningKey.generate(KeyType.K256);
    }

    SigningKey key() {
        return key;
    }

    /** Signs later commits with a new key, as after a key rotation. */
    void rotate(SigningKey newKey) {
        key = newKey;
    }

    /** A commit creating a post, signed with the account's key. */
    CommitMessage post(long seq, String text) {
        return commit(seq, text, key, true);
    }

    /** A commit creating a post, signed with another key: what a forger would send. The repository stays as it was. */
    CommitMessage forged(long seq, String text) {
        return commit(seq, text, SigningKey.generate(KeyType.K256), false);
    }

    private CommitMessage commit(long seq, String text, SigningKey signer, boolean keep) {
        DagValue.Map record = new DagValue.Map(Map.of("$type", new DagValue.Text("app.bsky.feed.post"),
                "text", new DagValue.Text(text), "createdAt", new DagValue.Text(now().value())));
        Cid recordCid = DagCbor.cid(record);
        String path = "app.bsky.feed.post/" + tids.next().value();
        Mst after = tree.put(path, recordCid);
        String rev = tids.next().value();
        Commit commit = Commit.sign(did.value(), after.root(), rev, lastCommit, signer);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.of(commit.cid(), commit.encode()));
        after.blocks().forEach((cid, bytes) -> blocks.add(Block.of(cid, bytes)));
        blocks.add(Block.of(recordCid, DagCbor.encode(record)));
        CommitMessage message = new CommitMessage(seq, false, false, did, commit.cid(), rev, lastRev,
                DagValue.Bytes.of(CarWriter.toBytes(List.of(commit.cid()), blocks)), List.of(RepoOp.create(path, recordCid)),
                List.of(), Optional.of(tree.root()), now());
        if (keep) {
            tree = after;
            lastCommit = Optional.of(commit.cid());
            lastRev = Optional.of(rev);
        }
        return message;
    }

    private static Datetime now() {
        return Datetime.parse(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    }
}
