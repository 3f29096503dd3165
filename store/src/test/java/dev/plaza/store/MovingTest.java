package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.NewActor;
import dev.plaza.core.community.Platform;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.moving.ExpectedFollowers;
import dev.plaza.core.moving.MoveRecord;
import dev.plaza.core.moving.Moving;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MovingTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-01-10T12:00:00Z");
    private static final String NEW_HOME = "https://new.example/users/brand";

    @Test
    void aliasesAreStoredOnceWithTheUpdateThatAnnouncesThem() {
        long w = db.newWorkspace().id();
        LocalActor actor = actor(w, "aliased");

        LocalActor stored = moving().setAliases(w, actor.id(), List.of("https://old.example/users/brand",
                "https://old.example/users/brand"), delivery(actor, "https://plaza.example/users/aliased#updates/1"));

        assertThat(stored.alsoKnownAs()).containsExactly("https://old.example/users/brand");
        assertThat(db.store().deliveryJobs().counts(w).queued()).isEqualTo(1);
        assertThatThrownBy(() -> moving().setAliases(w, actor.id(), List.of("ftp://old.example/brand"),
                delivery(actor, "https://plaza.example/users/aliased#updates/2"))).hasMessageContaining("is not an actor URL");
        assertThat(db.store().localActors().find(actor.id()).orElseThrow().alsoKnownAs())
                .containsExactly("https://old.example/users/brand");
        assertThat(db.store().deliveryJobs().counts(w).queued()).as("nothing half-done").isEqualTo(1);
    }

    @Test
    void aMoveOutSetsMovedToQueuesTheMoveRecordsItAndCannotHappenTwice() {
        long w = db.newWorkspace().id();
        LocalActor actor = actor(w, "mover");
        String moveId = "https://plaza.example/users/mover#moves/1";

        LocalActor moved = moving().moveOut(w, actor.id(), NEW_HOME, T0, delivery(actor, moveId), record(moveId));

        assertThat(moved.movedTo()).contains(NEW_HOME);
        assertThat(db.store().deliveryJobs().counts(w).queued()).isEqualTo(1);
        assertThat(db.store().activities().findByUri(w, moveId).orElseThrow().kind()).isEqualTo(ActivityKind.MOVE);
        assertThat(moving().history(actor.id())).containsExactly(
                new MoveRecord(actor.id(), MoveRecord.Direction.OUT, NEW_HOME, Optional.of(moveId), T0));
        assertThatThrownBy(() -> moving().moveOut(w, actor.id(), "https://elsewhere.example/users/b", T0,
                delivery(actor, moveId + "-again"), record(moveId + "-again")))
                .hasMessageContaining("has already moved to " + NEW_HOME);
    }

    @Test
    void undoingAMoveClearsMovedToAndIsRecorded() {
        long w = db.newWorkspace().id();
        LocalActor actor = actor(w, "returner");
        assertThatThrownBy(() -> moving().undoMove(w, actor.id(), T0, delivery(actor, "u0")))
                .hasMessageContaining("has not moved");
        String moveId = "https://plaza.example/users/returner#moves/1";
        moving().moveOut(w, actor.id(), NEW_HOME, T0, delivery(actor, moveId), record(moveId));

        LocalActor back = moving().undoMove(w, actor.id(), T0.plusSeconds(60), delivery(actor, "https://plaza.example/u1"));

        assertThat(back.movedTo()).isEmpty();
        assertThat(moving().history(actor.id())).extracting(MoveRecord::direction)
                .containsExactly(MoveRecord.Direction.UNDONE, MoveRecord.Direction.OUT);
    }

    @Test
    void aMoveInIsRecordedOnce() {
        LocalActor actor = actor(db.newWorkspace().id(), "arrival");

        assertThat(moving().recordMoveIn(actor.id(), "https://old.example/users/a", "https://old.example/moves/1", T0)).isTrue();
        assertThat(moving().recordMoveIn(actor.id(), "https://old.example/users/a", "https://old.example/moves/1", T0)).isFalse();
        assertThat(moving().history(actor.id())).singleElement()
                .extracting(MoveRecord::direction).isEqualTo(MoveRecord.Direction.IN);
    }

    @Test
    void expectedFollowersCountThoseWhoFollowNow() {
        LocalActor actor = actor(db.newWorkspace().id(), "expecting");
        String old = "https://old.example/users/brand";

        assertThat(moving().expect(actor.id(), old, List.of("https://a.example/u/1", "https://b.example/u/2",
                "https://a.example/u/1"))).isEqualTo(2);
        assertThat(moving().expect(actor.id(), old, List.of("https://b.example/u/2", "https://c.example/u/3"))).isEqualTo(1);
        follower(actor, "https://a.example/u/1", FollowState.ACCEPTED);
        follower(actor, "https://c.example/u/3", FollowState.PENDING);
        follower(actor, "https://stranger.example/u/9", FollowState.ACCEPTED);

        assertThat(moving().expected(actor.id())).containsExactly(new ExpectedFollowers(old, 3, 1));
        assertThat(moving().forgetExpected(actor.id(), old)).isTrue();
        assertThat(moving().expected(actor.id())).isEmpty();
    }

    private static Moving moving() {
        return db.store().moving();
    }

    private static void follower(LocalActor actor, String uri, FollowState state) {
        db.store().follows().saveFollower(new Follow(actor.id(), uri, uri + "/inbox", Optional.empty(), state,
                uri + "#follow", T0));
    }

    private static LocalActor actor(long workspace, String username) {
        return db.store().localActors().create(workspace, new NewActor(username, ActorKind.ORGANIZATION, "Brand", "",
                new byte[] {1}, "rsa".getBytes(StandardCharsets.UTF_8), new byte[] {2}, "ed".getBytes(StandardCharsets.UTF_8)));
    }

    private static Delivery delivery(LocalActor actor, String id) {
        return new Delivery(actor.id(), id, "{}".getBytes(StandardCharsets.UTF_8),
                List.of(URI.create("https://follower.example/inbox")));
    }

    private static IngestBatch record(String moveId) {
        SeenIdentity self = SeenIdentity.of(Platform.FEDIVERSE, "https://plaza.example/users/x", "@x@plaza.example", "X",
                Optional.empty());
        return new IngestBatch(List.of(self), List.of(new IncomingActivity(moveId, ActivityKind.MOVE, self.key(), T0, "",
                Optional.empty(), Optional.empty(), Optional.of(NEW_HOME), Optional.empty(), List.of(), Optional.empty())),
                Optional.empty());
    }
}
