package dev.plaza.atproto.jetstream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.atproto.car.BlockMap;
import dev.plaza.atproto.car.CarReader;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.firehose.AccountMessage;
import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.FirehoseMessage;
import dev.plaza.atproto.firehose.IdentityMessage;
import dev.plaza.atproto.firehose.RepoOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Re-encodes firehose messages as a Jetstream host does, in the event shape the Jetstream README gives: one commit
 * event per record operation, its record read from the commit's blocks and written in the data model's JSON form;
 * one event per identity and account message; nothing for syncs and notices. Jetstream stamps each event with the
 * time it ingested it, so here each event gets the next {@code time_us} after the last.
 */
final class FirehoseToJetstream {

    private static final long STEP_US = 1000;

    private long nextTimeUs;

    FirehoseToJetstream(long firstTimeUs) {
        this.nextTimeUs = firstTimeUs;
    }

    List<ObjectNode> translate(List<FirehoseMessage> messages) {
        List<ObjectNode> events = new ArrayList<>();
        for (FirehoseMessage message : messages) {
            switch (message) {
                case CommitMessage commit -> commit.ops().forEach(op -> events.add(operation(commit, op)));
                case IdentityMessage identity -> events.add(JetstreamJson.identity(identity.did(), next(), identity.handle(),
                        identity.seq(), identity.time()));
                case AccountMessage account -> events.add(JetstreamJson.account(account.did(), next(), account.active(),
                        account.status(), account.seq(), account.time()));
                default -> {
                }
            }
        }
        return events;
    }

    private ObjectNode operation(CommitMessage commit, RepoOp op) {
        Optional<DagValue.Map> record = op.cid().map(cid -> record(commit, cid));
        return JetstreamJson.commit(commit.repo(), next(), commit.rev(), op.action(), op.path(), record, op.cid());
    }

    private static DagValue.Map record(CommitMessage commit, Cid cid) {
        BlockMap blocks = CarReader.readAll(commit.blocks().toArray()).blocks();
        return (DagValue.Map) blocks.get(cid)
                .orElseThrow(() -> new AssertionError("commit %s carries no block for record %s".formatted(commit.commit(), cid)))
                .decode();
    }

    private long next() {
        long timeUs = nextTimeUs;
        nextTimeUs += STEP_US;
        return timeUs;
    }
}
