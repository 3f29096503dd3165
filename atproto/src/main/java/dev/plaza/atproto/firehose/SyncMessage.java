package dev.plaza.atproto.firehose;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;

/**
 * subscribeRepos#sync (Sync 1.1): the repository's current commit, in a CAR slice whose root it is,
 * without the operations that led there; consumers that miss history resynchronize from it. Its
 * {@code rev} is text, as in {@link CommitMessage}.
 */
public record SyncMessage(long seq, Did did, DagValue.Bytes blocks, String rev, Datetime time) implements FirehoseMessage {

    public SyncMessage {
        requireNonNull(did, "did");
        requireNonNull(blocks, "blocks");
        requireNonNull(rev, "rev");
        requireNonNull(time, "time");
    }
}
