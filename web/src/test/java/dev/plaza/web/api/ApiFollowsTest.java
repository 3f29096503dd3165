package dev.plaza.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.blocks.NewActorBlock;
import dev.plaza.core.delivery.DeliveryJob;
import dev.plaza.store.testing.Queued;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Follows over the API: managers follow (202 while pending, 200 when followed already), unfollow
 * and remove followers, each told to the other server through the delivery queue; viewers read both
 * lists, newest first, a page at a time; bad input is a 400 or 422 that says what was wrong.
 */
class ApiFollowsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-02-01T10:00:00Z");
    private static ApiServer server;
    private static RemoteAccount rosa;

    @BeforeAll
    static void start() {
        server = ApiServer.start(db.store());
        rosa = RemoteAccount.start("rosa");
    }

    @AfterAll
    static void stop() {
        rosa.close();
        server.close();
    }

    @Test
    void aManagerFollowsAnAccountByUrlOnceAndUnfollowsIt() {
        Seed seed = Seed.plant(db.store(), db.newWorkspace());
        LocalActor brand = seed.brand(db.store());
        ApiClient manager = server.client(seed.manager());
        String body = "{\"account\": \"%s\"}".formatted(rosa.actorUri);

        ApiResponse followed = manager.post("/api/v1/following", body);

        assertThat(followed.status()).isEqualTo(202);
        JsonNode follow = followed.json();
        assertThat(follow.path("state").asText()).isEqualTo("pending");
        assertThat(follow.path("account").asText()).isEqualTo("@" + rosa.acct());
        assertThat(follow.path("actor").asText()).isEqualTo(rosa.actorUri);
        String followId = db.store().follows().findFollowing(brand.id(), rosa.actorUri).orElseThrow().follow().followActivityId();
        assertThat(Queued.json(Queued.activity(db.store(), followId))).contains("\"type\":\"Follow\"");
        ApiResponse again = manager.post("/api/v1/following", body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asLong()).isEqualTo(follow.path("id").asLong());
        assertThat(Queued.claim(db.store())).as("nothing is sent again").isEmpty();
        assertThat(server.client(seed.viewer()).get("/api/v1/following").json().path("items"))
                .extracting(item -> item.path("actor").asText()).containsExactly(rosa.actorUri);

        ApiResponse unfollowed = manager.delete("/api/v1/following/" + follow.path("id").asLong());

        assertThat(unfollowed.status()).isEqualTo(200);
        assertThat(unfollowed.json().path("account").asText()).isEqualTo("@" + rosa.acct());
        assertThat(Queued.json(Queued.activity(db.store(), followId + "/undo"))).contains("\"type\":\"Undo\"").contains(followId);
        assertThat(manager.get("/api/v1/following").json().path("items").size()).isZero();
        assertThat(manager.delete("/api/v1/following/" + follow.path("id").asLong()).status()).isEqualTo(404);
    }

    @Test
    void followersAreListedNewestFirstAPageAtATimeAndAManagerRemovesOne() {
        Seed seed = Seed.plant(db.store(), db.newWorkspace());
        Seed other = Seed.plant(db.store(), db.newWorkspace());
        LocalActor brand = seed.brand(db.store());
        for (int i = 1; i <= 3; i++) {
            follower(brand, "https://social.example/users/f" + i, T0.plusSeconds(i));
        }
        follower(other.brand(db.store()), "https://social.example/users/elsewhere", T0);
        ApiClient viewer = server.client(seed.viewer());

        JsonNode first = viewer.get("/api/v1/followers?limit=2").json();
        JsonNode second = viewer.get("/api/v1/followers?limit=2&cursor=" + first.path("next_cursor").asText()).json();

        assertThat(first.path("items")).extracting(item -> item.path("account").asText())
                .containsExactly("@f3@social.example", "@f2@social.example");
        assertThat(second.path("items")).extracting(item -> item.path("account").asText()).containsExactly("@f1@social.example");
        assertThat(second.path("next_cursor").isNull()).isTrue();
        assertThat(first.path("items").get(0).path("state").asText()).isEqualTo("accepted");
        long f3 = first.path("items").get(0).path("id").asLong();
        assertThat(viewer.delete("/api/v1/followers/" + f3).status()).isEqualTo(403);
        long elsewhere = server.client(other.viewer()).get("/api/v1/followers").json().path("items").get(0).path("id").asLong();
        assertThat(server.client(seed.manager()).delete("/api/v1/followers/" + elsewhere).status()).isEqualTo(404);

        ApiResponse removed = server.client(seed.manager()).delete("/api/v1/followers/" + f3);

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().path("actor").asText()).isEqualTo("https://social.example/users/f3");
        DeliveryJob reject = Queued.claim(db.store()).getFirst();
        assertThat(reject.inbox().toString()).isEqualTo("https://social.example/users/f3/inbox");
        assertThat(Queued.json(reject)).contains("\"type\":\"Reject\"").contains("https://social.example/users/f3/follows/1");
        assertThat(viewer.get("/api/v1/followers").json().path("items")).extracting(item -> item.path("account").asText())
                .containsExactly("@f2@social.example", "@f1@social.example");
    }

    @Test
    void badRequestsSayWhatWasWrongAndFollowNothing() {
        Seed seed = Seed.plant(db.store(), db.newWorkspace());
        LocalActor brand = seed.brand(db.store());
        db.store().blocks().blockActor(seed.workspace().id(), new NewActorBlock("http://127.0.0.1:9/users/troll",
                Optional.empty(), Optional.empty(), "spam"));
        ApiClient manager = server.client(seed.manager());

        assertThat(error(manager, "{\"account\": \"not an account\"}", 400)).contains("neither a handle");
        assertThat(error(manager, "{\"account\": 7}", 400)).contains("field 'account' must be a string");
        assertThat(error(manager, "{\"account\": \"@%s@127.0.0.1\"}".formatted(brand.username()), 400))
                .contains("cannot follow itself");
        assertThat(error(manager, "{\"account\": \"%s\"}".formatted(rosa.noteUri), 422)).contains("is not an actor");
        assertThat(error(manager, "{\"account\": \"http://127.0.0.1:9/users/troll\"}", 422))
                .contains("an account this Plaza blocks");
        assertThat(server.client(seed.viewer()).post("/api/v1/following", "{\"account\": \"%s\"}".formatted(rosa.actorUri))
                .status()).isEqualTo(403);
        assertThat(db.store().follows().following(brand.id())).isEmpty();

        Seed bare = Seed.plant(db.store(), db.newWorkspace());
        assertThat(server.client(bare.viewer()).get("/api/v1/following").json().path("items").size()).isZero();
        assertThat(error(server.client(bare.manager()), "{\"account\": \"%s\"}".formatted(rosa.actorUri), 422))
                .contains("no fediverse actor yet");
    }

    private static String error(ApiClient client, String body, int status) {
        ApiResponse response = client.post("/api/v1/following", body);
        assertThat(response.status()).as(body).isEqualTo(status);
        return response.json().path("error").path("message").asText();
    }

    private static void follower(LocalActor brand, String actor, Instant since) {
        String name = actor.substring(actor.lastIndexOf('/') + 1);
        db.store().follows().saveFollower(new Follow(brand.id(), actor, actor + "/inbox",
                Optional.of("https://social.example/inbox"), FollowState.ACCEPTED, actor + "/follows/1", since,
                Optional.of(name + "@social.example")));
    }
}
