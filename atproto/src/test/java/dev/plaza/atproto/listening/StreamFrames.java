package dev.plaza.atproto.listening;

import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.firehose.AccountMessage;
import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.ErrorFrame;
import dev.plaza.atproto.firehose.FirehoseMessage;
import dev.plaza.atproto.firehose.Frames;
import dev.plaza.atproto.firehose.IdentityMessage;
import dev.plaza.atproto.firehose.InfoMessage;
import dev.plaza.atproto.firehose.RepoOp;
import dev.plaza.atproto.firehose.SyncMessage;
import dev.plaza.atproto.firehose.UnknownMessage;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Tid;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Frames of a repository event stream for tests that only decode: commits carry placeholder blocks. */
final class StreamFrames {

    static final Did ALICE = Did.parse("did:plc:aaaaaaaaaaaaaaaaaaaaaaaa");
    static final Datetime TIME = Datetime.parse("2025-05-01T12:00:00.000Z");
    private static final Cid RECORD = DagCbor.cid(new DagValue.Text("a record"));

    private StreamFrames() {
    }

    static CommitMessage commitMessage(long seq) {
        return new CommitMessage(seq, false, false, ALICE, RECORD, Tid.of(1_746_100_800_000_000L + seq, 0).value(),
                Optional.empty(), DagValue.Bytes.of(new byte[] {1}), List.of(RepoOp.create("app.bsky.feed.post/" + seq, RECORD)),
                List.of(), Optional.empty(), TIME);
    }

    static byte[] commit(long seq) {
        return Frames.encode(commitMessage(seq));
    }

    /** A commit whose blocks are {@code padding} bytes long, to make a frame of about that size. */
    static byte[] bigCommit(long seq, int padding) {
        CommitMessage small = commitMessage(seq);
        return Frames.encode(new CommitMessage(seq, false, false, ALICE, RECORD, small.rev(), Optional.empty(),
                DagValue.Bytes.of(new byte[padding]), small.ops(), List.of(), Optional.empty(), TIME));
    }

    static byte[] sync(long seq) {
        String rev = Tid.of(1_746_100_800_000_000L + seq, 0).value();
        return Frames.encode(new SyncMessage(seq, ALICE, DagValue.Bytes.of(new byte[] {1}), rev, TIME));
    }

    static byte[] identity(long seq) {
        return Frames.encode(new IdentityMessage(seq, ALICE, TIME, Optional.empty()));
    }

    static byte[] account(long seq, boolean active) {
        return Frames.encode(new AccountMessage(seq, ALICE, TIME, active, active ? Optional.empty() : Optional.of("deactivated")));
    }

    static byte[] info(String name) {
        return Frames.encode(new InfoMessage(name, Optional.of("said the host")));
    }

    static byte[] error(String name) {
        return Frames.encode(new ErrorFrame(name, Optional.of("said the host")));
    }

    static byte[] unknown(String type, long seq) {
        return Frames.encode(new UnknownMessage(type, new DagValue.Map(Map.of("seq", new DagValue.Int(seq)))));
    }

    static long seqOf(FirehoseMessage message) {
        return switch (message) {
            case CommitMessage m -> m.seq();
            case SyncMessage m -> m.seq();
            case IdentityMessage m -> m.seq();
            case AccountMessage m -> m.seq();
            default -> -1;
        };
    }
}
