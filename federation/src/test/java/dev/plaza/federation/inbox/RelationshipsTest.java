package dev.plaza.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.NotFoundException;
import dev.plaza.core.PlazaException;
import dev.plaza.core.Store;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.ListedFollow;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.blocks.NewActorBlock;
import dev.plaza.core.delivery.DeliveryJob;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.federation.FederationException;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.follows.Relationships;
import dev.plaza.net.GuardSettings;
import dev.plaza.store.testing.Queued;
import dev.plaza.store.testing.TestStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The team's follows: following sends a Follow (once), unfollowing an Undo embedding it, removing a
 * follower a Reject of its Follow, each through the delivery queue; blocked accounts and servers,
 * the brand itself and input that names no account are refused.
 */
class RelationshipsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final ActorUris PLAZA = ActorUris.of("https://plaza.test");
    private static RemoteServer social;
    private static Store store;
    private static Relationships relationships;

    @BeforeAll
    static void start() {
        store = db.store();
        social = new RemoteServer("127.0.0.1");
        relationships = Relationships.create(store, PLAZA, InboxSetup.remoteObjects(store, PLAZA,
                GuardSettings.forLoopbackTests(), Clock.systemUTC()), store.deliveries(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        social.close();
    }

    @Test
    void followingAnAccountStoresItPendingWithItsAddressAndQueuesOneFollow() {
        LocalActor brand = brand("follows_carl");
        RemoteActor carl = new RemoteActor(social, "carl");

        Relationships.Followed followed = relationships.follow(brand, carl.id);

        assertThat(followed.sent()).isTrue();
        Follow follow = followed.follow().follow();
        assertThat(follow.state()).isEqualTo(FollowState.PENDING);
        assertThat(follow.label()).isEqualTo("@carl@" + host());
        JsonNode sent = json(Queued.activity(store, follow.followActivityId()));
        assertThat(sent.path("type").asText()).isEqualTo("Follow");
        assertThat(sent.path("actor").asText()).isEqualTo(PLAZA.actor("follows_carl"));
        assertThat(sent.path("object").asText()).isEqualTo(carl.id);

        Relationships.Followed again = relationships.follow(brand, " " + carl.id + " ");

        assertThat(again.sent()).as("a pending follow is not asked again").isFalse();
        assertThat(again.follow()).isEqualTo(followed.follow());
        assertThat(Queued.claim(store)).isEmpty();
    }

    @Test
    void unfollowingRemovesTheFollowAndQueuesAnUndoThatEmbedsIt() {
        LocalActor brand = brand("follows_dora");
        RemoteActor dora = new RemoteActor(social, "dora");
        ListedFollow follow = relationships.follow(brand, dora.id).follow();
        Queued.claim(store);

        relationships.unfollow(brand, follow.id());

        assertThat(store.follows().following(brand.id())).isEmpty();
        String followId = follow.follow().followActivityId();
        JsonNode undo = json(Queued.activity(store, followId + "/undo"));
        assertThat(undo.path("type").asText()).isEqualTo("Undo");
        assertThat(undo.path("actor").asText()).isEqualTo(PLAZA.actor("follows_dora"));
        assertThat(undo.path("object").path("id").asText()).isEqualTo(followId);
        assertThat(undo.path("object").path("type").asText()).isEqualTo("Follow");
        assertThat(undo.path("object").path("object").asText()).isEqualTo(dora.id);
        assertThatThrownBy(() -> relationships.unfollow(brand, follow.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRejectedFollowIsRemovedWithoutAnUndoAndMayBeAskedForAgain() {
        LocalActor brand = brand("follows_emil");
        RemoteActor emil = new RemoteActor(social, "emil");
        ListedFollow first = relationships.follow(brand, emil.id).follow();
        store.follows().answerFollowing(first.follow().followActivityId(), emil.id, FollowState.REJECTED);
        Queued.claim(store);

        Relationships.Followed again = relationships.follow(brand, emil.id);

        assertThat(again.sent()).isTrue();
        assertThat(again.follow().follow().followActivityId()).isNotEqualTo(first.follow().followActivityId());
        store.follows().answerFollowing(again.follow().follow().followActivityId(), emil.id, FollowState.REJECTED);
        Queued.claim(store);
        relationships.unfollow(brand, again.follow().id());
        assertThat(Queued.claim(store)).as("nothing to undo for a refused follow").isEmpty();
        assertThat(store.follows().following(brand.id())).isEmpty();
    }

    @Test
    void removingAFollowerQueuesARejectOfItsFollowToItsInbox() {
        LocalActor brand = brand("followed_by_finn");
        RemoteActor finn = new RemoteActor(social, "finn");
        store.follows().saveFollower(new Follow(brand.id(), finn.id, finn.id + "/inbox", Optional.of(social.url("/inbox")),
                FollowState.ACCEPTED, finn.id + "/follows/1", Instant.now(), Optional.of("finn@" + host())));
        ListedFollow follower = store.follows().followers(brand.id(), PageRequest.first(10)).items().getFirst();

        ListedFollow removed = relationships.removeFollower(brand, follower.id());

        assertThat(removed.follow().label()).isEqualTo("@finn@" + host());
        assertThat(store.follows().followers(brand.id())).isEmpty();
        DeliveryJob job = Queued.claim(store).getFirst();
        assertThat(job.inbox().toString()).as("to the follower's own inbox").isEqualTo(finn.id + "/inbox");
        JsonNode reject = json(job);
        assertThat(reject.path("type").asText()).isEqualTo("Reject");
        assertThat(reject.path("actor").asText()).isEqualTo(PLAZA.actor("followed_by_finn"));
        assertThat(reject.path("object").path("id").asText()).isEqualTo(finn.id + "/follows/1");
        assertThat(reject.path("object").path("actor").asText()).isEqualTo(finn.id);
        assertThat(reject.path("object").path("object").asText()).isEqualTo(PLAZA.actor("followed_by_finn"));
        assertThatThrownBy(() -> relationships.removeFollower(brand, follower.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void blockedAccountsAndServersTheBrandItselfAndWhatNamesNoAccountAreRefused() {
        LocalActor brand = brand("follows_nobody");
        RemoteActor gus = new RemoteActor(social, "gus");
        social.put("/notes/1", """
                {"@context": "https://www.w3.org/ns/activitystreams", "id": "%s", "type": "Note", "content": "hi"}"""
                .formatted(social.url("/notes/1")));
        store.blocks().blockActor(brand.workspaceId(), new NewActorBlock(gus.id, Optional.empty(), Optional.empty(), "spam"));

        assertThatThrownBy(() -> relationships.follow(brand, gus.id)).isInstanceOf(PlazaException.class)
                .hasMessageContaining("an account this Plaza blocks");
        assertThatThrownBy(() -> relationships.follow(brand, PLAZA.actor("follows_nobody")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot follow itself");
        assertThatThrownBy(() -> relationships.follow(brand, "not an account"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither a handle");
        assertThatThrownBy(() -> relationships.follow(brand, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name the account to follow");
        assertThatThrownBy(() -> relationships.follow(brand, social.url("/users/nobody")))
                .isInstanceOf(FederationException.class).hasMessageContaining("cannot be followed").hasMessageContaining("404");
        assertThatThrownBy(() -> relationships.follow(brand, social.url("/notes/1")))
                .isInstanceOf(FederationException.class).hasMessageContaining("is not an actor");

        store.blocks().blockDomain(brand.workspaceId(), "127.0.0.1", "");
        int fetches = social.hits("/users/hanna");
        assertThatThrownBy(() -> relationships.follow(brand, social.url("/users/hanna"))).isInstanceOf(PlazaException.class)
                .hasMessageContaining("a server this Plaza blocks");
        assertThat(social.hits("/users/hanna")).as("nothing is asked of a blocked server").isEqualTo(fetches);
        assertThat(store.follows().following(brand.id())).isEmpty();
        assertThat(Queued.claim(store)).isEmpty();
    }

    private static LocalActor brand(String name) {
        return new ActorProvisioner(store.localActors()).create(db.newWorkspace().id(), name, ActorKind.ORGANIZATION,
                "Brand", "");
    }

    private static String host() {
        return social.base().substring("http://".length());
    }

    private static JsonNode json(DeliveryJob job) {
        try {
            return RemoteActor.JSON.readTree(job.activityJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
