package dev.plaza.atproto.firehose;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.repo.Commit;

/** A commit that a message carried and that checked out: its CID and the commit itself. */
public record VerifiedCommit(Cid cid, Commit commit) {

    public VerifiedCommit {
        requireNonNull(cid, "cid");
        requireNonNull(commit, "commit");
    }
}
