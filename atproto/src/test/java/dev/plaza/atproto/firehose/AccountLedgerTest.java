package dev.plaza.atproto.firehose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.SigningKey;
import dev.plaza.atproto.repo.Commit;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.syntax.Tid;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountLedgerTest {

    private static final Clock AN_HOUR_LATER = Clock.fixed(TestRepo.START.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    private static final Datetime TIME = TestRepo.TIME;

    private TestRepo alice;
    private AccountLedger ledger;

    @BeforeEach
    void aliceIsFollowedAndActive() {
        alice = new TestRepo("did:plc:ewvi7nxzyoun6zhxrhs64oiz");
        ledger = new AccountLedger(Strictness.STRICT, AN_HOUR_LATER);
        ledger.track(new AccountIdentity(alice.did, Optional.of(Handle.parse("alice.example.com")), alice.key.publicKey()),
                AccountStatus.ACTIVE);
    }

    @Test
    void anAcceptedCommitAdvancesTheAccountsSeqRevAndTree() {
        TestRepo.Step step = alice.create(path(1), TestRepo.post("hi"));

        Verdict verdict = ledger.apply(step.message(10));

        assertThat(verdict).isEqualTo(new Verdict(Verdict.Disposition.ACCEPT, false, Optional.empty()));
        AccountState state = ledger.account(alice.did).orElseThrow();
        assertThat(state.lastSeq()).contains(10L);
        assertThat(state.rev()).contains(Tid.parse(step.commit().rev().orElseThrow()));
        assertThat(state.data()).contains(step.commit().data());
    }

    @Test
    void aCommitWhoseSeqOrRevIsNotPastTheLastIsDropped() {
        TestRepo.Step first = alice.create(path(1), TestRepo.post("one"));
        TestRepo.Step second = alice.create(path(2), TestRepo.post("two"));
        assertThat(ledger.apply(second.message(20)).dropped()).isFalse();

        Verdict olderRev = ledger.apply(first.message(21));
        Verdict sameSeq = ledger.apply(alice.create(path(3), TestRepo.post("three")).message(20));

        assertThat(olderRev.disposition()).isEqualTo(Verdict.Disposition.DROP);
        assertThat(olderRev.reason().orElseThrow()).contains("rev " + first.commit().rev().orElseThrow() + " is not after " + second.commit().rev().orElseThrow());
        assertThat(sameSeq.disposition()).isEqualTo(Verdict.Disposition.DROP);
        assertThat(sameSeq.reason().orElseThrow()).contains("seq 20 is not after 20");
        assertThat(ledger.account(alice.did).orElseThrow().rev()).contains(Tid.parse(second.commit().rev().orElseThrow()));
    }

    @Test
    void commitsAndSyncsOfAnInactiveAccountAreDroppedUntilItIsActiveAgain() {
        Verdict takedown = ledger.apply(new AccountMessage(1, alice.did, TIME, false, Optional.of("takendown")));
        TestRepo.Step step = alice.create(path(1), TestRepo.post("hi"));

        Verdict commit = ledger.apply(step.message(2));
        Verdict sync = ledger.apply(step.sync(3));
        Verdict reactivation = ledger.apply(new AccountMessage(4, alice.did, TIME, true, Optional.empty()));
        Verdict commitAgain = ledger.apply(step.message(5));

        assertThat(takedown.accountUpdated()).isTrue();
        assertThat(commit.disposition()).isEqualTo(Verdict.Disposition.DROP);
        assertThat(commit.reason().orElseThrow()).contains("takendown");
        assertThat(sync.disposition()).isEqualTo(Verdict.Disposition.DROP);
        assertThat(reactivation.accountUpdated()).isTrue();
        assertThat(commitAgain.disposition()).isEqualTo(Verdict.Disposition.ACCEPT);
    }

    @Test
    void anAccountMessageUpdatesOnlyWhenTheStatusChanges() {
        Verdict same = ledger.apply(new AccountMessage(1, alice.did, TIME, true, Optional.empty()));
        Verdict deactivated = ledger.apply(new AccountMessage(2, alice.did, TIME, false, Optional.of("deactivated")));
        Verdict noReason = ledger.apply(new AccountMessage(3, alice.did, TIME, false, Optional.empty()));

        assertThat(same.accountUpdated()).isFalse();
        assertThat(deactivated.accountUpdated()).isTrue();
        assertThat(noReason.accountUpdated()).isTrue();
        assertThat(ledger.account(alice.did).orElseThrow().status()).isEqualTo(AccountStatus.INACTIVE);
        assertThat(List.of(same, deactivated, noReason)).allMatch(v -> !v.dropped());
    }

    @Test
    void anIdentityMessageUpdatesTheHandleWhenItNamesANewOne() {
        Verdict unchanged = ledger.apply(new IdentityMessage(1, alice.did, TIME, Optional.of(Handle.parse("alice.example.com"))));
        Verdict noHandle = ledger.apply(new IdentityMessage(2, alice.did, TIME, Optional.empty()));
        Verdict renamed = ledger.apply(new IdentityMessage(3, alice.did, TIME, Optional.of(Handle.parse("alice.example.org"))));

        assertThat(List.of(unchanged.accountUpdated(), noHandle.accountUpdated(), renamed.accountUpdated()))
                .containsExactly(false, false, true);
        assertThat(ledger.account(alice.did).orElseThrow().identity().handle()).contains(Handle.parse("alice.example.org"));
    }

    @Test
    void aCommitThatFailsVerificationIsInvalidAndChangesNothing() {
        TestRepo.Step step = alice.create(path(1), TestRepo.post("hi"));
        Commit forged = Commit.sign(alice.did.value(), step.commit().data(), step.commit().rev().orElseThrow(), step.commit().prev(),
                SigningKey.generate(KeyType.K256));
        CommitMessage message = step.message(1, step.slice(forged, step.treeNodes()));
        CommitMessage forgedMessage = new CommitMessage(1, false, false, alice.did, forged.cid(), message.rev(), message.since(),
                message.blocks(), message.ops(), message.blobs(), message.prevData(), message.time());

        Verdict verdict = ledger.apply(forgedMessage);

        assertThat(verdict.invalid()).isTrue();
        assertThat(verdict.dropped()).isTrue();
        assertThat(verdict.reason().orElseThrow()).contains("signature");
        assertThat(ledger.account(alice.did).orElseThrow().lastSeq()).isEmpty();
    }

    @Test
    void aCommitFromTheFutureIsInvalid() {
        AccountLedger early = new AccountLedger(Strictness.STRICT, Clock.fixed(TestRepo.START.minus(Duration.ofHours(1)), ZoneOffset.UTC));
        early.track(new AccountIdentity(alice.did, Optional.empty(), alice.key.publicKey()), AccountStatus.ACTIVE);

        Verdict verdict = early.apply(alice.create(path(1), TestRepo.post("hi")).message(1));

        assertThat(verdict.invalid()).isTrue();
        assertThat(verdict.reason().orElseThrow()).contains("in the future");
    }

    @Test
    void aLegacyCommitIsInvalidWhenStrictAndTakenWhenLenient() {
        CommitMessage m = alice.create(path(1), TestRepo.post("hi")).message(1);
        CommitMessage legacy = new CommitMessage(m.seq(), false, false, m.repo(), m.commit(), m.rev(), m.since(), m.blocks(),
                m.ops(), m.blobs(), Optional.empty(), m.time());
        AccountLedger lenient = new AccountLedger(Strictness.LENIENT, AN_HOUR_LATER);
        lenient.track(new AccountIdentity(alice.did, Optional.empty(), alice.key.publicKey()), AccountStatus.ACTIVE);

        assertThat(ledger.apply(legacy).invalid()).isTrue();
        assertThat(lenient.apply(legacy).disposition()).isEqualTo(Verdict.Disposition.ACCEPT);
    }

    @Test
    void aSyncMovesTheAccountToItsCommit() {
        alice.create(path(1), TestRepo.post("one"));
        TestRepo.Step latest = alice.create(path(2), TestRepo.post("two"));

        Verdict verdict = ledger.apply(latest.sync(7));

        assertThat(verdict.disposition()).isEqualTo(Verdict.Disposition.ACCEPT);
        assertThat(ledger.account(alice.did).orElseThrow().data()).contains(latest.commit().data());
        assertThat(ledger.apply(latest.sync(8)).reason().orElseThrow()).contains("is not after");
    }

    @Test
    void messagesOfUnfollowedAccountsAndOfTheStreamItselfAreDropped() {
        TestRepo bob = new TestRepo("did:plc:l3rouwludahu3ui3bt66mfvj");

        Verdict unknown = ledger.apply(bob.create(path(1), TestRepo.post("hi")).message(1));
        Verdict info = ledger.apply(new InfoMessage(InfoMessage.OUTDATED_CURSOR, Optional.empty()));
        Verdict error = ledger.apply(new ErrorFrame("FutureCursor", Optional.empty()));
        Verdict other = ledger.apply(new UnknownMessage("#handle", DagValue.Map.EMPTY));

        assertThat(unknown.reason().orElseThrow()).contains(bob.did + " is not a followed account");
        assertThat(List.of(unknown, info, error, other)).allMatch(v -> v.disposition() == Verdict.Disposition.DROP);
        assertThat(other.reason().orElseThrow()).contains("\"#handle\"");
    }

    @Test
    void trackingAgainKeepsWhatTheAccountHasTaken() {
        TestRepo.Step step = alice.create(path(1), TestRepo.post("hi"));
        ledger.apply(step.message(3));
        SigningKey rotated = SigningKey.generate(KeyType.P256);

        ledger.track(new AccountIdentity(alice.did, Optional.empty(), rotated.publicKey()), AccountStatus.ACTIVE);

        AccountState state = ledger.account(alice.did).orElseThrow();
        assertThat(state.identity().signingKey()).isEqualTo(rotated.publicKey());
        assertThat(state.lastSeq()).contains(3L);
        assertThat(state.rev()).contains(Tid.parse(step.commit().rev().orElseThrow()));
        assertThat(ledger.apply(alice.create(path(2), TestRepo.post("old key")).message(4)).invalid()).isTrue();
    }

    @Test
    void accountsAreKeptApart() {
        TestRepo bob = new TestRepo("did:plc:l3rouwludahu3ui3bt66mfvj");
        ledger.track(new AccountIdentity(bob.did, Optional.empty(), bob.key.publicKey()), AccountStatus.ACTIVE);

        ledger.apply(alice.create(path(1), TestRepo.post("a")).message(50));
        Verdict bobs = ledger.apply(bob.create(path(1), TestRepo.post("b")).message(5));

        assertThat(bobs.disposition()).isEqualTo(Verdict.Disposition.ACCEPT);
        assertThat(ledger.account(Did.parse("did:plc:l3rouwludahu3ui3bt66mfvj")).orElseThrow().lastSeq()).contains(5L);
    }

    private static String path(int i) {
        return CommitVerifierTest.path(i);
    }

}
