package dev.plaza.atproto.firehose;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.syntax.Tid;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a relay decides for one account's message, given the account as it stands (atproto sync
 * spec): a seq not past the account's last is stale; commits and syncs of an inactive account are
 * not relayed, nor those whose rev is not past the last; the rest must verify. Identity and account
 * messages pass whatever the account's status (so an account can come back), and update the handle
 * or status they carry; that is what the reference relay (bluesky-social/indigo, cmd/relay) does
 * and what its relay scenarios expect.
 */
final class AccountRules {

    /**
     * How far a rev's clock may run ahead of the relay's before the commit is refused as from the
     * future: the sync spec leaves the margin open; five minutes is the reference relay's.
     */
    static final Duration FUTURE_REV_TOLERANCE = Duration.ofMinutes(5);

    record Decision(Verdict verdict, AccountState next) {
    }

    private AccountRules() {
    }

    static Decision decide(AccountState state, FirehoseMessage message, Strictness strictness, Instant now) {
        Optional<Verdict> stale = stale(state, seq(message));
        if (stale.isPresent()) {
            return unchanged(stale.get(), state);
        }
        return switch (message) {
            case CommitMessage commit -> repository(state, commit.seq(), commit.rev(), now,
                    () -> CommitVerifier.verify(commit, state.identity().signingKey(), strictness));
            case SyncMessage sync -> repository(state, sync.seq(), sync.rev(), now,
                    () -> CommitVerifier.verify(sync, state.identity().signingKey()));
            case IdentityMessage identity -> identity(state, identity);
            case AccountMessage account -> account(state, account);
            default -> throw notAboutAnAccount(message);
        };
    }

    private static long seq(FirehoseMessage message) {
        return switch (message) {
            case CommitMessage m -> m.seq();
            case SyncMessage m -> m.seq();
            case IdentityMessage m -> m.seq();
            case AccountMessage m -> m.seq();
            default -> throw notAboutAnAccount(message);
        };
    }

    private static IllegalArgumentException notAboutAnAccount(FirehoseMessage message) {
        return new IllegalArgumentException(message + " is not about an account");
    }

    private static Optional<Verdict> stale(AccountState state, long seq) {
        return state.lastSeq().filter(last -> seq <= last)
                .map(last -> Verdict.drop("seq %d is not after %d, the account's last".formatted(seq, last)));
    }

    /** A commit or sync: taken if relayed at all and {@code verify} passes, moving the account to its commit. */
    private static Decision repository(AccountState state, long seq, String rev, Instant now, Supplier<VerifiedCommit> verify) {
        Optional<Verdict> refused = notRelayed(state, rev, now);
        if (refused.isPresent()) {
            return unchanged(refused.get(), state);
        }
        try {
            return new Decision(Verdict.accept(false), state.withCommit(seq, verify.get()));
        } catch (AtprotoException e) {
            return unchanged(Verdict.invalid(e.getMessage()), state);
        }
    }

    /** Why a commit or sync with this rev is not relayed, if it is not. */
    private static Optional<Verdict> notRelayed(AccountState state, String rev, Instant now) {
        if (!state.status().isActive()) {
            return Optional.of(Verdict.drop("the account is %s, not active".formatted(state.status())));
        }
        // TIDs sort as strings; the reference relay drops a stale rev before checking its syntax
        Optional<Tid> last = state.rev().filter(previous -> rev.compareTo(previous.value()) <= 0);
        if (last.isPresent()) {
            return Optional.of(Verdict.drop("rev %s is not after %s, the account's last".formatted(rev, last.get())));
        }
        if (!Tid.isValid(rev)) {
            return Optional.of(Verdict.invalid("rev %s is not a TID".formatted(rev)));
        }
        Instant revTime = Tid.parse(rev).instant();
        if (revTime.isAfter(now.plus(FUTURE_REV_TOLERANCE))) {
            return Optional.of(Verdict.invalid("rev %s is from %s, in the future".formatted(rev, revTime)));
        }
        return Optional.empty();
    }

    private static Decision identity(AccountState state, IdentityMessage message) {
        AccountIdentity identity = state.identity();
        boolean changed = message.handle().isPresent() && !message.handle().equals(identity.handle());
        AccountState next = changed ? state.withIdentity(identity.withHandle(message.handle())) : state;
        return new Decision(Verdict.accept(changed), next.withSeq(message.seq()));
    }

    private static Decision account(AccountState state, AccountMessage message) {
        AccountStatus status = AccountStatus.of(message);
        boolean changed = !status.equals(state.status());
        return new Decision(Verdict.accept(changed), state.withStatus(status).withSeq(message.seq()));
    }

    private static Decision unchanged(Verdict verdict, AccountState state) {
        return new Decision(verdict, state);
    }
}
