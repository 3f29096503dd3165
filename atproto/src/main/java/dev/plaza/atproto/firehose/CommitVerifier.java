package dev.plaza.atproto.firehose;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.crypto.PublicKey;
import dev.plaza.atproto.mst.Mst;
import dev.plaza.atproto.repo.Commit;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Tid;

/**
 * Checks that a #commit or #sync message says what its CAR slice proves (atproto sync spec, Sync
 * 1.1): the commit it names is in the slice, is the account's, has the message's rev and carries the
 * account's signature; each operation matches the commit's tree; and, given prevData, undoing the
 * operations on the slice's partial tree leads back to exactly that root. Refusals are
 * AtprotoExceptions that say which message and what failed.
 */
import java.util.Optional;

public final class CommitVerifier {

    private CommitVerifier() {
    }

    public static VerifiedCommit verify(CommitMessage message, PublicKey key, Strictness strictness) {
        String where = "#commit %d of %s".formatted(message.seq(), message.repo());
        if (strictness == Strictness.STRICT) {
            requireSync11(message, where);
        }
        CarSlice slice = CarSlice.read(message.blocks(), where);
        if (!slice.root().equals(message.commit())) {
            throw new AtprotoException("%s: its CAR slice's root is %s, not the commit %s".formatted(where, slice.root(), message.commit()));
        }
        Commit commit = checkedCommit(slice, message.commit(), message.repo(), message.rev(), key, where);
        if (message.tooBig() && strictness == Strictness.LENIENT) {
            return new VerifiedCommit(message.commit(), commit);
        }
        Mst tree = OpsCheck.loadTree(commit.data(), slice, where);
        OpsCheck.againstTree(message.ops(), tree, slice, strictness, where);
        message.prevData().ifPresent(prevData -> InductiveProof.check(message.ops(), tree, prevData, where));
        return new VerifiedCommit(message.commit(), commit);
    }

    public static VerifiedCommit verify(SyncMessage message, PublicKey key) {
        String where = "#sync %d of %s".formatted(message.seq(), message.did());
        CarSlice slice = CarSlice.read(message.blocks(), where);
        Cid root = slice.root();
        return new VerifiedCommit(root, checkedCommit(slice, root, message.did(), message.rev(), key, where));
    }

    private static void requireSync11(CommitMessage message, String where) {
        if (message.prevData().isEmpty()) {
            throw new AtprotoException(where + " lacks prevData, without which its operations cannot be proven");
        }
        if (message.tooBig()) {
            throw new AtprotoException(where + " sets the deprecated tooBig flag");
        }
        if (message.rebase()) {
            throw new AtprotoException(where + " sets the deprecated rebase flag");
        }
    }

    private static Commit checkedCommit(CarSlice slice, Cid cid, Did did, String rev, PublicKey key, String where) {
        Commit commit = slice.commit(cid);
        if (!commit.did().equals(did.value())) {
            throw new AtprotoException("%s: the commit %s is of %s, not of the message's account".formatted(where, cid, commit.did()));
        }
        if (!commit.rev().equals(Optional.of(rev))) {
            throw new AtprotoException("%s: the commit %s has rev %s, not the message's %s"
                    .formatted(where, cid, commit.rev().orElse("(none)"), rev));
        }
        if (!Tid.isValid(rev)) {
            throw new AtprotoException("%s: the commit's rev %s is not a TID".formatted(where, rev));
        }
        try {
            commit.verify(key);
        } catch (AtprotoException e) {
            throw new AtprotoException("%s: %s".formatted(where, e.getMessage()), e);
        }
        return commit;
    }
}
