package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.NewActor;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FollowsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    @Test
    void anActivityIdIsNewOnceWhetherItArrivesAloneOrInAGroup() {
        var follows = db.store().follows();
        assertThat(follows.firstArrival("https://a.example/activities/1")).isTrue();

        assertThat(follows.firstArrivals(List.of("https://a.example/activities/2", "https://a.example/activities/1",
                "https://a.example/activities/2", "https://a.example/activities/3")))
                .containsExactly(true, false, false, true);
        assertThat(follows.firstArrival("https://a.example/activities/3")).isFalse();

        follows.forgetArrival("https://a.example/activities/3");
        assertThat(follows.firstArrival("https://a.example/activities/3")).isTrue();
    }

    @Test
    void whoFollowsARemoteActorIsCurrentAfterEveryChange() {
        long w = db.newWorkspace().id();
        var brand = db.store().localActors().create(w, new NewActor("follows_brand", ActorKind.ORGANIZATION, "Brand", "",
                new byte[] {1}, new byte[] {2}, new byte[] {3}, new byte[] {4}));
        String remote = "https://b.example/users/bo";
        var follows = db.store().follows();
        assertThat(follows.followingOf(remote)).isEmpty();

        follows.saveFollowing(new Follow(brand.id(), remote, remote + "/inbox", Optional.empty(), FollowState.PENDING,
                "https://plaza.example/follows/1", Instant.parse("2026-11-21T10:00:00Z")));
        assertThat(follows.followingOf(remote)).extracting(Follow::state).containsExactly(FollowState.PENDING);

        follows.answerFollowing("https://plaza.example/follows/1", remote, FollowState.ACCEPTED);
        assertThat(follows.followingOf(remote)).extracting(Follow::state).containsExactly(FollowState.ACCEPTED);

        follows.removeFollowing(brand.id(), remote);
        assertThat(follows.followingOf(remote)).isEmpty();
    }
}
