package dev.plaza.atproto.listening;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.crypto.PublicKey;
import dev.plaza.atproto.firehose.AccountIdentity;
import dev.plaza.atproto.firehose.AccountLedger;
import dev.plaza.atproto.firehose.AccountMessage;
import dev.plaza.atproto.firehose.AccountState;
import dev.plaza.atproto.firehose.AccountStatus;
import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.FirehoseMessage;
import dev.plaza.atproto.firehose.IdentityMessage;
import dev.plaza.atproto.firehose.Strictness;
import dev.plaza.atproto.firehose.SyncMessage;
import dev.plaza.atproto.firehose.Verdict;
import dev.plaza.atproto.identity.DidDocument;
import dev.plaza.atproto.identity.IdentityException;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.syntax.Did;
import java.time.Clock;
import java.util.Optional;

/**
 * Full verification on the listener's side: every account's commits and syncs are checked against the signing key of
 * its DID document, in order and without going back, by an {@link AccountLedger} (atproto sync spec). An account is
 * tracked when its first message comes, as active; an #identity message makes its DID document be read again (its key
 * may have changed), and so does a commit that fails, once, in case a key changed unannounced. Identity and account
 * messages carry nothing to check and pass unless stale.
 */
final class Verification {

    enum Kind {
        /** Verified, or nothing to verify: handed to the sink. */
        KEEP,
        /** Left out without fault: a stale rev or seq, an inactive account. */
        DROP,
        /** Failed verification: left out. */
        INVALID,
        /** Not decidable now (the DID document could not be read): the message is heard again after reconnecting. */
        RETRY
    }

    record Outcome(Kind kind, Optional<String> reason) {
        static final Outcome KEEP = new Outcome(Kind.KEEP, Optional.empty());

        static Outcome of(Kind kind, String reason) {
            return new Outcome(kind, Optional.of(reason));
        }
    }

    private final IdentityResolver identities;
    private final Strictness strictness;
    private final Clock clock;
    private AccountLedger ledger;

    Verification(IdentityResolver identities, Strictness strictness, Clock clock) {
        this.identities = requireNonNull(identities, "identities");
        this.strictness = requireNonNull(strictness, "strictness");
        this.clock = requireNonNull(clock, "clock");
        this.ledger = new AccountLedger(strictness, clock);
    }

    /** Forgets every account's seq and rev: what the ledger took may not all have been stored. */
    void reset() {
        ledger = new AccountLedger(strictness, clock);
    }

    Outcome check(FirehoseMessage message) {
        Optional<Did> account = accountOf(message);
        if (account.isEmpty()) {
            return Outcome.KEEP;
        }
        Did did = account.get();
        boolean repository = message instanceof CommitMessage || message instanceof SyncMessage;
        if (message instanceof IdentityMessage) {
            identities.invalidate(did);
        }
        if (message instanceof IdentityMessage || ledger.account(did).isEmpty()) {
            Optional<Outcome> unresolved = track(did);
            if (unresolved.isPresent()) {
                return repository || unresolved.get().kind() == Kind.RETRY ? unresolved.get() : Outcome.KEEP;
            }
        }
        Verdict verdict = ledger.apply(message);
        if (verdict.invalid() && repository) {
            identities.invalidate(did);
            Optional<Outcome> unresolved = track(did);
            if (unresolved.isPresent()) {
                return unresolved.get().kind() == Kind.RETRY ? unresolved.get() : outcome(verdict);
            }
            verdict = ledger.apply(message);
        }
        return outcome(verdict);
    }

    /** Reads the DID document and tracks the account with its key; says why not when it cannot. */
    private Optional<Outcome> track(Did did) {
        DidDocument document;
        try {
            document = identities.resolveDid(did);
        } catch (IdentityException e) {
            if (e.reason() == IdentityException.Reason.UNAVAILABLE) {
                identities.invalidate(did);
                return Optional.of(Outcome.of(Kind.RETRY, e.getMessage()));
            }
            return Optional.of(Outcome.of(Kind.INVALID, "the identity of %s is refused: %s".formatted(did, e.getMessage())));
        }
        Optional<PublicKey> key = document.signingKey();
        if (key.isEmpty()) {
            return Optional.of(Outcome.of(Kind.INVALID, "the DID document of %s has no #atproto signing key".formatted(did)));
        }
        AccountStatus status = ledger.account(did).map(AccountState::status).orElse(AccountStatus.ACTIVE);
        ledger.track(new AccountIdentity(did, document.claimedHandle(), key.get()), status);
        return Optional.empty();
    }

    private static Outcome outcome(Verdict verdict) {
        String reason = verdict.reason().orElse("");
        return switch (verdict.disposition()) {
            case ACCEPT -> Outcome.KEEP;
            case DROP -> Outcome.of(Kind.DROP, reason);
            case INVALID -> Outcome.of(Kind.INVALID, reason);
        };
    }

    private static Optional<Did> accountOf(FirehoseMessage message) {
        return switch (message) {
            case CommitMessage m -> Optional.of(m.repo());
            case SyncMessage m -> Optional.of(m.did());
            case IdentityMessage m -> Optional.of(m.did());
            case AccountMessage m -> Optional.of(m.did());
            default -> Optional.empty();
        };
    }
}
