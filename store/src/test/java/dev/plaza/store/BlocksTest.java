package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.NewActor;
import dev.plaza.core.blocks.ActorBlock;
import dev.plaza.core.blocks.NewActorBlock;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BlocksTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final String TROLL = "https://spam.example/users/troll";

    @Test
    void anAccountBlockIsListedFoundAndLifted() {
        long w = db.newWorkspace().id();
        ActorBlock block = db.store().blocks().blockActor(w, new NewActorBlock(TROLL, Optional.of("Troll@spam.example"),
                Optional.of(TROLL + "/inbox"), " harassment "));

        assertThat(block.acct()).contains("troll@spam.example");
        assertThat(block.reason()).isEqualTo("harassment");
        assertThat(block.pending()).isFalse();
        assertThat(db.store().blocks().actors(w)).containsExactly(block);
        assertThat(db.store().blocks().blockedActors(w, List.of(TROLL, "https://ok.example/users/x"))).containsExactly(TROLL);
        assertThat(db.store().blocks().blockedActors(db.newWorkspace().id(), List.of(TROLL))).as("per workspace").isEmpty();

        assertThat(db.store().blocks().unblockActor(w, block.id())).isTrue();
        assertThat(db.store().blocks().unblockActor(w, block.id())).isFalse();
        assertThat(db.store().blocks().blockedActors(w, List.of(TROLL))).isEmpty();
    }

    @Test
    void blockingTheSameActorTwiceKeepsTheFirstBlock() {
        long w = db.newWorkspace().id();
        ActorBlock first = db.store().blocks().blockActor(w, new NewActorBlock(TROLL, Optional.empty(), Optional.empty(), "one"));
        ActorBlock second = db.store().blocks().blockActor(w, new NewActorBlock(TROLL, Optional.of("troll@spam.example"),
                Optional.empty(), "two"));

        assertThat(second).isEqualTo(first);
        assertThat(db.store().blocks().actors(w)).hasSize(1);
    }

    @Test
    void anImportedAccountBlockIsPendingUntilTheActorIsSeen() {
        long w = db.newWorkspace().id();
        db.store().ingest().ingest(w, new IngestBatch(List.of(), List.of(), Optional.empty(), List.of(), List.of(),
                List.of("troll@spam.example")), Progress.NONE);
        assertThat(db.store().blocks().actors(w)).singleElement().satisfies(b -> {
            assertThat(b.pending()).isTrue();
            assertThat(b.label()).isEqualTo("@troll@spam.example");
        });

        Optional<ActorBlock> bound = db.store().blocks().resolvePending(w, "TROLL@spam.example", TROLL, Optional.of(TROLL + "/inbox"));

        assertThat(bound).hasValueSatisfying(b -> {
            assertThat(b.actorUri()).contains(TROLL);
            assertThat(b.inbox()).contains(TROLL + "/inbox");
        });
        assertThat(db.store().blocks().resolvePending(w, "troll@spam.example", TROLL, Optional.empty())).as("once").isEmpty();
        assertThat(db.store().blocks().blockedActors(w, List.of(TROLL))).containsExactly(TROLL);
    }

    @Test
    void anImportedBlockOfAnAccountPlazaKnowsBindsAtOnceAndEndsFollowsBothWays() {
        long w = db.newWorkspace().id();
        SeenIdentity troll = account("troll", "spam.example");
        db.store().ingest().ingest(w, new IngestBatch(List.of(troll), List.of(), Optional.empty()), Progress.NONE);
        long brand = db.store().localActors().create(w, new NewActor("blocksbrand", ActorKind.ORGANIZATION, "Brand", "",
                new byte[] {1}, new byte[] {2}, new byte[] {3}, new byte[] {4})).id();
        db.store().follows().saveFollower(new Follow(brand, TROLL, TROLL + "/inbox", Optional.empty(), FollowState.ACCEPTED,
                TROLL + "#follow", Instant.now()));
        db.store().follows().saveFollowing(new Follow(brand, TROLL, TROLL + "/inbox", Optional.empty(), FollowState.ACCEPTED,
                "https://plaza.example/users/blocksbrand#follows/1", Instant.now()));

        db.store().ingest().ingest(w, new IngestBatch(List.of(), List.of(), Optional.empty(), List.of(), List.of(),
                List.of("troll@spam.example")), Progress.NONE);

        assertThat(db.store().blocks().actors(w)).singleElement().satisfies(b -> assertThat(b.actorUri()).contains(TROLL));
        assertThat(db.store().follows().followers(brand)).isEmpty();
        assertThat(db.store().follows().following(brand)).isEmpty();
    }

    @Test
    void aDomainBlockByHandKeepsItsReasonAndCanBeLifted() {
        long w = db.newWorkspace().id();
        db.store().blocks().blockDomain(w, "Spam.Example", "spam");
        var changed = db.store().blocks().blockDomain(w, "spam.example", "spam and worse");

        assertThat(changed.domain()).isEqualTo("spam.example");
        assertThat(db.store().communities().blockedDomains(w)).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo("spam and worse"));
        assertThat(db.store().blocks().unblockDomain(w, "SPAM.example")).isTrue();
        assertThat(db.store().communities().blockedDomains(w)).isEmpty();
        assertThat(db.store().blocks().unblockDomain(w, "spam.example")).isFalse();
    }

    @Test
    void aReasonLongerThanAParagraphIsRefused() {
        long w = db.newWorkspace().id();
        assertThatThrownBy(() -> db.store().blocks().blockDomain(w, "spam.example", "x".repeat(501)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit is 500");
    }

    @Test
    void aBadAccountAddressInAnImportIsRefused() {
        long w = db.newWorkspace().id();
        assertThatThrownBy(() -> db.store().ingest().ingest(w, new IngestBatch(List.of(), List.of(), Optional.empty(),
                List.of(), List.of(), List.of("not an address")), Progress.NONE))
                .hasMessageContaining("not an account address");
    }
}
