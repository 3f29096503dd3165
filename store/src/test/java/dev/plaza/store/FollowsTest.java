package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.ListedFollow;
import dev.plaza.core.actors.NewActor;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
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

    @Test
    void followsBothWaysAreListedNewestFirstAPageAtATimeAndFoundByTheirNumber() {
        long w = db.newWorkspace().id();
        var brand = db.store().localActors().create(w, new NewActor("listed_brand", ActorKind.ORGANIZATION, "Brand", "",
                new byte[] {1}, new byte[] {2}, new byte[] {3}, new byte[] {4}));
        var other = db.store().localActors().create(w, new NewActor("listed_other", ActorKind.SERVICE, "Other", "",
                new byte[] {1}, new byte[] {2}, new byte[] {3}, new byte[] {4}));
        var follows = db.store().follows();
        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        for (int i = 1; i <= 5; i++) {
            String remote = "https://c.example/users/u" + i;
            follows.saveFollowing(new Follow(brand.id(), remote, remote + "/inbox", Optional.empty(), FollowState.PENDING,
                    "https://plaza.example/follows/listed-" + i, t0.plusSeconds(i), Optional.of("u" + i + "@c.example")));
            follows.saveFollower(new Follow(brand.id(), remote, remote + "/inbox", Optional.empty(), FollowState.ACCEPTED,
                    remote + "/follows/1", t0.plusSeconds(i % 3)));
        }
        follows.saveFollowing(new Follow(other.id(), "https://c.example/users/u9", "https://c.example/users/u9/inbox",
                Optional.empty(), FollowState.PENDING, "https://plaza.example/follows/other", t0, Optional.empty()));

        Page<ListedFollow> first = follows.following(brand.id(), PageRequest.first(2));
        Page<ListedFollow> rest = follows.following(brand.id(), PageRequest.after(first.nextCursor().orElseThrow(), 10));

        assertThat(first.items()).extracting(l -> l.follow().label()).containsExactly("@u5@c.example", "@u4@c.example");
        assertThat(rest.items()).extracting(l -> l.follow().label())
                .containsExactly("@u3@c.example", "@u2@c.example", "@u1@c.example");
        assertThat(rest.nextCursor()).isEmpty();
        List<ListedFollow> followers = follows.followers(brand.id(), PageRequest.first(10)).items();
        assertThat(followers).hasSize(5).extracting(l -> l.follow().since())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(followers).extracting(l -> l.follow().label()).contains("https://c.example/users/u3");

        ListedFollow u2 = rest.items().get(1);
        assertThat(follows.findFollowing(brand.id(), u2.id())).contains(u2);
        assertThat(follows.findFollowing(brand.id(), "https://c.example/users/u2")).contains(u2);
        assertThat(follows.findFollowing(other.id(), u2.id())).as("another actor's number finds nothing").isEmpty();
        assertThat(follows.findFollowing(brand.id(), 987_654L)).isEmpty();
        assertThat(follows.findFollower(brand.id(), followers.getFirst().id())).contains(followers.getFirst());

        follows.saveFollowing(new Follow(brand.id(), "https://c.example/users/u2", "https://c.example/users/u2/inbox",
                Optional.empty(), FollowState.PENDING, "https://plaza.example/follows/listed-2-again", t0, Optional.empty()));
        assertThat(follows.findFollowing(brand.id(), u2.id())).get().satisfies(again -> {
            assertThat(again.follow().label()).as("a known address is kept").isEqualTo("@u2@c.example");
            assertThat(again.follow().followActivityId()).endsWith("listed-2-again");
        });
    }
}
