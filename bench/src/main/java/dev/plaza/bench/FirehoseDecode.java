package dev.plaza.bench;

import dev.plaza.atproto.firehose.AccountLedger;
import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.CommitRecords;
import dev.plaza.atproto.firehose.FirehoseMessage;
import dev.plaza.atproto.firehose.Frames;
import dev.plaza.atproto.firehose.Verdict;

/**
 * What a consumer of the firehose does with one frame to get at its records: read the frame into
 * its message, read the CAR slice (each block checked against its CID) and read the record block of
 * each create and update. Verifying adds the account's rules and the commit's full check through
 * {@link AccountLedger}: signature, operations against the tree, and the inductive proof.
 */
final class FirehoseDecode {

    private FirehoseDecode() {
    }

    /** Decodes a #commit frame and its records; returns the number of records read. */
    static int decode(byte[] frame) {
        return records(commit(Frames.decode(frame)));
    }

    /** Decodes a #commit frame and its records and has {@code ledger} verify it; fails unless the ledger accepts it. */
    static int verify(byte[] frame, AccountLedger ledger) {
        CommitMessage commit = commit(Frames.decode(frame));
        Verdict verdict = ledger.apply(commit);
        if (verdict.disposition() != Verdict.Disposition.ACCEPT) {
            throw new IllegalStateException("#commit %d of %s was not accepted: %s".formatted(commit.seq(), commit.repo(), verdict));
        }
        return records(commit);
    }

    private static CommitMessage commit(FirehoseMessage message) {
        if (!(message instanceof CommitMessage commit)) {
            throw new IllegalStateException("the recording holds a %s, not a #commit".formatted(message.getClass().getSimpleName()));
        }
        return commit;
    }

    private static int records(CommitMessage commit) {
        int read = 0;
        for (CommitRecords.Written written : CommitRecords.of(commit)) {
            if (written.record().flatMap(record -> record.text("$type")).isPresent()) {
                read++;
            }
        }
        return read;
    }
}
