package dev.plaza.atproto.firehose;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.syntax.Tid;
import java.util.Optional;

/**
 * One account as a relay keeps it: its identity and status, the seq of the last message taken for it,
 * and the rev and tree root (data) of its last commit taken.
 */
public record AccountState(AccountIdentity identity, AccountStatus status, Optional<Long> lastSeq, Optional<Tid> rev,
        Optional<Cid> data) {

    public AccountState {
        requireNonNull(identity, "identity");
        requireNonNull(status, "status");
        requireNonNull(lastSeq, "lastSeq");
        requireNonNull(rev, "rev");
        requireNonNull(data, "data");
    }

    /** An account first seen: no message taken yet. */
    public static AccountState of(AccountIdentity identity, AccountStatus status) {
        return new AccountState(identity, status, Optional.empty(), Optional.empty(), Optional.empty());
    }

    AccountState withSeq(long seq) {
        return new AccountState(identity, status, Optional.of(seq), rev, data);
    }

    AccountState withCommit(long seq, VerifiedCommit commit) {
        return new AccountState(identity, status, Optional.of(seq), commit.commit().rev().map(Tid::parse),
                Optional.of(commit.commit().data()));
    }

    AccountState withStatus(AccountStatus newStatus) {
        return new AccountState(identity, newStatus, lastSeq, rev, data);
    }

    AccountState withIdentity(AccountIdentity newIdentity) {
        return new AccountState(newIdentity, status, lastSeq, rev, data);
    }
}
