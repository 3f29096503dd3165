package dev.plaza.atproto.firehose;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import java.util.List;
import java.util.Optional;

/**
 * subscribeRepos#commit: a repository's new signed commit, the CAR slice of the blocks it added
 * (commit, changed tree nodes, new records) and the record operations it made. {@code prevData}
 * (Sync 1.1) is the tree root before the commit, which the slice proves by letting the operations be
 * undone. {@code rebase} and {@code tooBig} are deprecated flags older hosts still send.
 * {@code rev} and {@code since} are TIDs by the lexicon but kept as text: a relay orders revs as
 * strings before it verifies anything and drops a stale one whatever its syntax, while
 * {@link CommitVerifier} requires the rev of a commit it accepts to be a TID.
 */
public record CommitMessage(
        long seq,
        boolean rebase,
        boolean tooBig,
        Did repo,
        Cid commit,
        String rev,
        Optional<String> since,
        DagValue.Bytes blocks,
        List<RepoOp> ops,
        List<Cid> blobs,
        Optional<Cid> prevData,
        Datetime time) implements FirehoseMessage {

    public CommitMessage {
        requireNonNull(repo, "repo");
        requireNonNull(commit, "commit");
        requireNonNull(rev, "rev");
        requireNonNull(since, "since");
        requireNonNull(blocks, "blocks");
        ops = List.copyOf(ops);
        blobs = List.copyOf(blobs);
        requireNonNull(prevData, "prevData");
        requireNonNull(time, "time");
    }
}
