package dev.plaza.atproto.firehose;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.syntax.Did;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The accounts a relay follows on one upstream, and the verdict on each message that comes for them
 * (see {@link AccountRules}). Accounts must be tracked, with the identity resolved from their DID
 * documents, before their messages can be taken. Safe to use from several threads: messages of
 * different accounts are decided independently, and an account's state is replaced only if no other
 * message changed it meanwhile (the loser is decided again).
 */
public final class AccountLedger {

    private final Strictness strictness;
    private final Clock clock;
    private final ConcurrentMap<Did, AccountState> accounts = new ConcurrentHashMap<>();

    public AccountLedger(Strictness strictness, Clock clock) {
        this.strictness = requireNonNull(strictness, "strictness");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Follows an account, or gives a followed one a newly resolved identity and status, keeping its seq and rev. */
    public void track(AccountIdentity identity, AccountStatus status) {
        accounts.merge(identity.did(), AccountState.of(identity, status),
                (known, fresh) -> known.withIdentity(identity).withStatus(status));
    }

    public Optional<AccountState> account(Did did) {
        return Optional.ofNullable(accounts.get(did));
    }

    /** Decides on a message and, if it is taken, records what it changes of its account. */
    public Verdict apply(FirehoseMessage message) {
        Optional<Did> did = accountOf(message);
        if (did.isEmpty()) {
            return Verdict.drop("%s messages are not about an account and are not relayed".formatted(kind(message)));
        }
        while (true) {
            AccountState state = accounts.get(did.get());
            if (state == null) {
                return Verdict.drop("%s is not a followed account; resolve its identity and track it first".formatted(did.get()));
            }
            AccountRules.Decision decision = AccountRules.decide(state, message, strictness, clock.instant());
            if (decision.next() == state || accounts.replace(did.get(), state, decision.next())) {
                return decision.verdict();
            }
        }
    }

    private static Optional<Did> accountOf(FirehoseMessage message) {
        return switch (message) {
            case CommitMessage m -> Optional.of(m.repo());
            case SyncMessage m -> Optional.of(m.did());
            case IdentityMessage m -> Optional.of(m.did());
            case AccountMessage m -> Optional.of(m.did());
            case InfoMessage m -> Optional.empty();
            case ErrorFrame m -> Optional.empty();
            case UnknownMessage m -> Optional.empty();
        };
    }

    private static String kind(FirehoseMessage message) {
        return switch (message) {
            case ErrorFrame m -> "error";
            case UnknownMessage m -> "\"" + m.type() + "\"";
            default -> MessageWriter.type(message);
        };
    }
}
