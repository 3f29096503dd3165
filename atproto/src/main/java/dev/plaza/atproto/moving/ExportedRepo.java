package dev.plaza.atproto.moving;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.syntax.Did;

/**
 * A repository export that was read back and verified: whose it is, the commit it ends at (signed by
 * the account's current key), how many records it holds and how large the CAR is.
 */
public record ExportedRepo(Did did, Cid commit, String rev, int records, long bytes) {

    public ExportedRepo {
        requireNonNull(did, "did");
        requireNonNull(commit, "commit");
        requireNonNull(rev, "rev");
    }
}
