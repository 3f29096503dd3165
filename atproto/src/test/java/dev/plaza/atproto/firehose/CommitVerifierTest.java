package dev.plaza.atproto.firehose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.SigningKey;
import dev.plaza.atproto.repo.Commit;
import dev.plaza.atproto.syntax.Tid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommitVerifierTest {

    private static final String ALICE = "did:plc:ewvi7nxzyoun6zhxrhs64oiz";
    private static final String BOB = "did:plc:l3rouwludahu3ui3bt66mfvj";

    private TestRepo repo;

    @BeforeEach
    void aRepositoryWithFortyPosts() {
        repo = new TestRepo(ALICE);
        Map<String, DagValue> posts = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            posts.put(seeded(i), TestRepo.post("post " + i));
        }
        repo.commit(posts, List.of());
    }

    @Test
    void aCreateWithItsProofVerifies() {
        TestRepo.Step step = repo.create(path(4242), TestRepo.post("new"));

        VerifiedCommit verified = CommitVerifier.verify(step.message(7), repo.key.publicKey(), Strictness.STRICT);

        assertThat(verified.cid()).isEqualTo(step.commit().cid());
        assertThat(verified.commit().data()).isEqualTo(repo.tree().root());
    }

    @Test
    void updatesDeletesAndSeveralOpsAtOnceVerify() {
        Map<String, DagValue> puts = new LinkedHashMap<>();
        puts.put(seeded(3), TestRepo.post("edited"));
        puts.put(path(4444), TestRepo.post("another"));
        TestRepo.Step step = repo.commit(puts, List.of(seeded(5), seeded(17)));

        assertThat(step.ops()).extracting(RepoOp::action)
                .containsExactly(RepoOp.Action.UPDATE, RepoOp.Action.CREATE, RepoOp.Action.DELETE, RepoOp.Action.DELETE);
        assertThat(CommitVerifier.verify(step.message(8), repo.key.publicKey(), Strictness.STRICT).cid())
                .isEqualTo(step.commit().cid());
    }

    @Test
    void aSyncVerifiesFromTheCommitAlone() {
        TestRepo.Step step = repo.delete(seeded(1));

        VerifiedCommit verified = CommitVerifier.verify(step.sync(9), repo.key.publicKey());

        assertThat(verified.cid()).isEqualTo(step.commit().cid());
        assertThat(verified.commit().rev()).contains(step.commit().rev().orElseThrow());
    }

    @Test
    void aCommitSignedByAnotherKeyIsRefused() {
        TestRepo.Step step = repo.create(path(4242), TestRepo.post("new"));
        Commit forged = Commit.sign(ALICE, step.commit().data(), step.commit().rev().orElseThrow(), step.commit().prev(),
                SigningKey.generate(KeyType.K256));

        assertThatThrownBy(() -> CommitVerifier.verify(messageFor(step, forged), repo.key.publicKey(), Strictness.STRICT))
                .isInstanceOf(AtprotoException.class)
                .hasMessageContaining("#commit 1 of " + ALICE).hasMessageContaining("signature");
    }

    @Test
    void aCommitOfAnotherAccountIsRefused() {
        TestRepo.Step step = repo.create(path(4242), TestRepo.post("new"));
        Commit bobs = Commit.sign(BOB, step.commit().data(), step.commit().rev().orElseThrow(), step.commit().prev(), repo.key);

        assertThatThrownBy(() -> CommitVerifier.verify(messageFor(step, bobs), repo.key.publicKey(), Strictness.STRICT))
                .hasMessageContaining("is of " + BOB + ", not of the message's account");
    }

    @Test
    void aCommitWhoseRevIsNotTheMessagesIsRefused() {
        TestRepo.Step step = repo.create(path(4242), TestRepo.post("new"));
        CommitMessage message = step.message(1);
        String otherRev = Tid.of(1, 0).value();
        CommitMessage wrongRev = new CommitMessage(message.seq(), false, false, message.repo(), message.commit(), otherRev,
                message.since(), message.blocks(), message.ops(), message.blobs(), message.prevData(), message.time());

        assertThatThrownBy(() -> CommitVerifier.verify(wrongRev, repo.key.publicKey(), Strictness.STRICT))
                .hasMessageContaining("has rev " + step.commit().rev().orElseThrow() + ", not the message's " + otherRev);
    }

    @Test
    void aProofMissingANodeThatOnlyUndoingNeedsIsIncomplete() {
        TestRepo.Step step = createNeedingMoreThanItsPath();
        Cid missing = step.proofOnly().iterator().next();
        CommitMessage message = step.message(1, step.slice(step.commit(), step.treeNodesWithout(missing)));

        assertThatThrownBy(() -> CommitVerifier.verify(message, repo.key.publicKey(), Strictness.STRICT))
                .hasMessageContaining("the proof is incomplete").hasMessageContaining(missing.toString());
        assertThat(CommitVerifier.verify(step.message(1), repo.key.publicKey(), Strictness.STRICT).cid())
                .as("the same commit with its whole proof").isEqualTo(step.commit().cid());
    }

    @Test
    void aSliceThatDoesNotReachAnOpsPathIsRefused() {
        TestRepo.Step step = repo.create(path(4242), TestRepo.post("new"));
        Cid root = step.commit().data();
        Cid belowRoot = step.treeNodes().keySet().stream().filter(cid -> !cid.equals(root)).findFirst().orElseThrow();
        CommitMessage message = step.message(1, step.slice(step.commit(), step.treeNodesWithout(belowRoot)));

        assertThatThrownBy(() -> CommitVerifier.verify(message, repo.key.publicKey(), Strictness.STRICT))
                .hasMessageContaining("op 0 (create " + path(4242) + ")").hasMessageContaining("does not reach");
    }

    @Test
    void aSliceWithoutTheTreeRootIsRefused() {
        TestRepo.Step step = repo.create(path(4242), TestRepo.post("new"));
        CommitMessage message = step.message(1, step.slice(step.commit(), step.treeNodesWithout(step.commit().data())));

        assertThatThrownBy(() -> CommitVerifier.verify(message, repo.key.publicKey(), Strictness.LENIENT))
                .hasMessageContaining("its tree cannot be read").hasMessageContaining(step.commit().data().toString());
    }

    @Test
    void aPrevDataTheOpsDoNotLeadBackToIsRefused() {
        TestRepo.Step step = repo.create(path(4242), TestRepo.post("new"));
        Cid elsewhere = TestRepo.cidOf(TestRepo.post("not a tree"));
        CommitMessage message = withPrevData(step.message(1), Optional.of(elsewhere));

        assertThatThrownBy(() -> CommitVerifier.verify(message, repo.key.publicKey(), Strictness.STRICT))
                .hasMessageContaining("gives the tree root " + step.prevData() + ", not its prevData " + elsewhere);
    }

    @Test
    void anOpWhoseRecordIsNotInTheTreeIsRefused() {
        TestRepo.Step step = repo.create(path(4242), TestRepo.post("new"));
        Cid other = TestRepo.cidOf(TestRepo.post("something else"));
        CommitMessage message = withOps(step.message(1), List.of(RepoOp.create(path(4242), other)));

        assertThatThrownBy(() -> CommitVerifier.verify(message, repo.key.publicKey(), Strictness.LENIENT))
                .hasMessageContaining("op 0 (create %s)".formatted(path(4242)))
                .hasMessageContaining("holds %s there, not %s".formatted(step.ops().getFirst().cid().orElseThrow(), other));
    }

    @Test
    void aDeleteOfAPathTheTreeStillHoldsIsRefused() {
        TestRepo.Step step = repo.create(path(4242), TestRepo.post("new"));
        CommitMessage message = withOps(step.message(1), List.of(RepoOp.delete(path(4242), Optional.empty())));

        assertThatThrownBy(() -> CommitVerifier.verify(message, repo.key.publicKey(), Strictness.LENIENT))
                .hasMessageContaining("op 0 (delete %s)".formatted(path(4242))).hasMessageContaining(", not nothing");
    }

    @Test
    void twoOpsOnOnePathAreRefused() {
        TestRepo.Step step = repo.create(path(4242), TestRepo.post("new"));
        RepoOp create = step.ops().getFirst();
        CommitMessage message = withOps(step.message(1), List.of(create, create));

        assertThatThrownBy(() -> CommitVerifier.verify(message, repo.key.publicKey(), Strictness.STRICT))
                .hasMessageContaining("op 1 (create %s) repeats a path".formatted(path(4242)));
    }

    @Test
    void anUpdateWithoutPrevCannotBeUndone() {
        TestRepo.Step step = repo.commit(Map.of(seeded(4), TestRepo.post("edited")), List.of());
        RepoOp update = step.ops().getFirst();
        CommitMessage message = withOps(step.message(1), List.of(RepoOp.update(update.path(), update.cid().orElseThrow(), Optional.empty())));

        assertThatThrownBy(() -> CommitVerifier.verify(message, repo.key.publicKey(), Strictness.STRICT))
                .hasMessageContaining("lacks the prev that the proof needs");
    }

    @Test
    void strictVerificationWantsTheRecordBlocksOfCreates() {
        TestRepo.Step step = repo.create(path(4242), TestRepo.post("new"));
        TestRepo.Step withoutRecords = new TestRepo.Step(repo, step.commit(), step.ops(), step.prevData(), step.treeNodes(),
                Map.of(), step.proofOnly(), step.since());

        assertThatThrownBy(() -> CommitVerifier.verify(withoutRecords.message(1), repo.key.publicKey(), Strictness.STRICT))
                .hasMessageContaining("lacks the record block " + step.ops().getFirst().cid().orElseThrow());
        assertThat(CommitVerifier.verify(withoutRecords.message(1), repo.key.publicKey(), Strictness.LENIENT).cid())
                .isEqualTo(step.commit().cid());
    }

    @Test
    void strictVerificationRefusesLegacyCommitsThatLenientTakes() {
        TestRepo.Step step = repo.create(path(4242), TestRepo.post("new"));
        CommitMessage legacy = withPrevData(step.message(1), Optional.empty());

        assertThatThrownBy(() -> CommitVerifier.verify(legacy, repo.key.publicKey(), Strictness.STRICT))
                .hasMessageContaining("lacks prevData");
        assertThat(CommitVerifier.verify(legacy, repo.key.publicKey(), Strictness.LENIENT).cid()).isEqualTo(step.commit().cid());
    }

    @Test
    void strictVerificationRefusesTheDeprecatedFlags() {
        CommitMessage m = repo.create(path(4242), TestRepo.post("new")).message(1);
        CommitMessage tooBig = new CommitMessage(m.seq(), false, true, m.repo(), m.commit(), m.rev(), m.since(), m.blocks(),
                m.ops(), m.blobs(), m.prevData(), m.time());
        CommitMessage rebase = new CommitMessage(m.seq(), true, false, m.repo(), m.commit(), m.rev(), m.since(), m.blocks(),
                m.ops(), m.blobs(), m.prevData(), m.time());

        assertThatThrownBy(() -> CommitVerifier.verify(tooBig, repo.key.publicKey(), Strictness.STRICT)).hasMessageContaining("tooBig");
        assertThatThrownBy(() -> CommitVerifier.verify(rebase, repo.key.publicKey(), Strictness.STRICT)).hasMessageContaining("rebase");
        assertThat(CommitVerifier.verify(rebase, repo.key.publicKey(), Strictness.LENIENT).cid()).isEqualTo(m.commit());
    }

    @Test
    void aLenientTooBigCommitIsCheckedForItsSignatureOnly() {
        TestRepo.Step step = repo.create(path(4242), TestRepo.post("new"));
        CommitMessage m = step.message(1, step.slice(step.commit(), Map.of()));
        CommitMessage tooBig = new CommitMessage(m.seq(), false, true, m.repo(), m.commit(), m.rev(), m.since(), m.blocks(),
                m.ops(), m.blobs(), Optional.empty(), m.time());

        assertThat(CommitVerifier.verify(tooBig, repo.key.publicKey(), Strictness.LENIENT).cid()).isEqualTo(step.commit().cid());
        assertThatThrownBy(() -> CommitVerifier.verify(tooBig, SigningKey.generate(KeyType.P256).publicKey(), Strictness.LENIENT))
                .hasMessageContaining("signature");
    }

    @Test
    void aSliceWithoutTheCommitOrRootedElsewhereIsRefused() {
        TestRepo.Step step = repo.create(path(4242), TestRepo.post("new"));
        TestRepo.Step next = repo.create(path(4343), TestRepo.post("next"));
        CommitMessage rootedElsewhere = step.message(1, step.slice(next.commit(), step.treeNodes()));
        CommitMessage notACar = step.message(1, new byte[] {1, 2, 3});

        assertThatThrownBy(() -> CommitVerifier.verify(rootedElsewhere, repo.key.publicKey(), Strictness.STRICT))
                .hasMessageContaining("root is %s, not the commit %s".formatted(next.commit().cid(), step.commit().cid()));
        assertThatThrownBy(() -> CommitVerifier.verify(notACar, repo.key.publicKey(), Strictness.STRICT))
                .hasMessageContaining("its blocks are not a CAR file");
        assertThatThrownBy(() -> CommitVerifier.verify(step.message(1, new byte[0]), repo.key.publicKey(), Strictness.LENIENT))
                .hasMessageContaining("carries no blocks");
    }

    @Test
    void aSyncIsRefusedForAnotherAccountsCommitARevMismatchOrAnotherKey() {
        TestRepo.Step step = repo.delete(seeded(1));
        SyncMessage sync = step.sync(9);
        SyncMessage asBob = new SyncMessage(9, dev.plaza.atproto.syntax.Did.parse(BOB), sync.blocks(), sync.rev(), sync.time());
        SyncMessage otherRev = new SyncMessage(9, sync.did(), sync.blocks(), Tid.of(5, 0).value(), sync.time());

        assertThatThrownBy(() -> CommitVerifier.verify(asBob, repo.key.publicKey())).hasMessageContaining("#sync 9 of " + BOB)
                .hasMessageContaining("not of the message's account");
        assertThatThrownBy(() -> CommitVerifier.verify(otherRev, repo.key.publicKey())).hasMessageContaining("not the message's");
        assertThatThrownBy(() -> CommitVerifier.verify(sync, SigningKey.generate(KeyType.K256).publicKey()))
                .hasMessageContaining("signature");
    }

    /** A create whose undoing merges subtrees its own path never enters, so its proof holds more than that path. */
    private TestRepo.Step createNeedingMoreThanItsPath() {
        for (int i = 1; i < 4000; i += 7) {
            if (i % 100 == 0) {
                continue;
            }
            TestRepo probe = new TestRepo(repo.key, repo.did);
            Map<String, DagValue> posts = new LinkedHashMap<>();
            repo.tree().forEach((path, cid) -> posts.put(path, TestRepo.post(path)));
            probe.commit(posts, List.of());
            TestRepo.Step step = probe.create(path(i), TestRepo.post("high"));
            if (!step.proofOnly().isEmpty()) {
                repo = probe;
                return step;
            }
        }
        throw new AssertionError("no key among the probes sits above its neighbours");
    }

    private static CommitMessage messageFor(TestRepo.Step step, Commit commit) {
        return new TestRepo.Step(step.repo(), commit, step.ops(), step.prevData(), step.treeNodes(), step.records(),
                step.proofOnly(), step.since()).message(1);
    }

    private static CommitMessage withOps(CommitMessage m, List<RepoOp> ops) {
        return new CommitMessage(m.seq(), m.rebase(), m.tooBig(), m.repo(), m.commit(), m.rev(), m.since(), m.blocks(), ops,
                m.blobs(), m.prevData(), m.time());
    }

    private static CommitMessage withPrevData(CommitMessage m, Optional<Cid> prevData) {
        return new CommitMessage(m.seq(), m.rebase(), m.tooBig(), m.repo(), m.commit(), m.rev(), m.since(), m.blocks(), m.ops(),
                m.blobs(), prevData, m.time());
    }

    /** The paths of the forty posts each test starts with, spaced so that new posts can fall between them. */
    static String seeded(int i) {
        return path(i * 100);
    }

    static String path(int i) {
        return "app.bsky.feed.post/" + Tid.of(1_700_000_000_000_000L + i * 1_000_000L, 0);
    }
}
