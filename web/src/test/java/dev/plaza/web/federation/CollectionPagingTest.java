package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.FollowState;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.Reaction;
import dev.plaza.core.publishing.ReactionType;
import dev.plaza.core.publishing.Visibility;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.outbox.Publisher;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The brand's outbox (pages of 20) and its followers and following (pages of 50), walked as
 * another server walks them: from {@code first}, along {@code next}, to the page that has none.
 * Every item comes exactly once, newest first in the outbox, and nothing that is not public is in it.
 */
class CollectionPagingTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LoopbackPlaza plaza;
    private static ActorUris uris;
    private static LocalActor brand;

    /** What one walk from the collection to its last page saw. */
    private record Walk(long totalItems, List<Integer> pageSizes, List<String> items) {
    }

    @BeforeAll
    static void start() {
        plaza = LoopbackPlaza.start(db.store(), db.newWorkspace().id(), base -> FederationSettings.forLoopbackTests());
        uris = plaza.uris();
        brand = plaza.brand();
    }

    @AfterAll
    static void stop() {
        plaza.close();
    }

    @Test
    void theOutboxIsWalkedToItsEndInPagesOf20WithEveryPublicPostAndBoostOnce() throws Exception {
        Publisher publisher = plaza.server().publisher();
        List<String> listed = new ArrayList<>();
        LocalPost deleted = null;
        Reaction undone = null;
        for (int i = 1; i <= 44; i++) {
            Visibility visibility = i % 11 == 0 ? Visibility.FOLLOWERS : i % 5 == 0 ? Visibility.UNLISTED : Visibility.PUBLIC;
            LocalPost post = publisher.publish(brand, new Draft("Ride report " + i, Optional.empty(), Optional.empty(),
                    visibility, Optional.empty(), Optional.empty()));
            if (visibility != Visibility.FOLLOWERS) {
                listed.add(post.uri());
            }
            if (i % 10 == 0) {
                Reaction boost = publisher.react(brand, ReactionType.ANNOUNCE, post.uri());
                listed.add(boost.uri());
                undone = i == 20 ? boost : undone;
            }
            deleted = i == 7 ? post : deleted;
        }
        publisher.delete(brand, deleted.id());
        publisher.undo(brand, undone.id());
        listed.removeAll(List.of(deleted.uri(), undone.uri()));

        Walk walk = walk(uris.outbox("brand"));

        assertThat(listed).hasSize(42);
        assertThat(walk.totalItems()).isEqualTo(42);
        assertThat(walk.pageSizes()).containsExactly(20, 20, 2);
        assertThat(walk.items()).as("newest first, each once").containsExactlyElementsOf(listed.reversed());
    }

    @Test
    void followersAndFollowingAreWalkedToTheirEndInPagesOf50WithEveryAccountOnce() throws Exception {
        LocalActor events = new ActorProvisioner(db.store().localActors())
                .create(plaza.workspaceId(), "events", ActorKind.SERVICE, "Fernhill Events", "");
        Set<String> followers = new LinkedHashSet<>();
        Set<String> following = new LinkedHashSet<>();
        for (int i = 1; i <= 120; i++) {
            followers.add(db.store().follows().saveFollower(follow(events, "follower", i, FollowState.ACCEPTED)).remoteActorUri());
        }
        for (int i = 1; i <= 53; i++) {
            FollowState state = i > 51 ? FollowState.PENDING : FollowState.ACCEPTED;
            Follow saved = db.store().follows().saveFollowing(follow(events, "followed", i, state));
            if (state == FollowState.ACCEPTED) {
                following.add(saved.remoteActorUri());
            }
        }

        Walk ofFollowers = walk(uris.followers("events"));
        Walk ofFollowing = walk(uris.following("events"));

        assertThat(ofFollowers.totalItems()).isEqualTo(120);
        assertThat(ofFollowers.pageSizes()).containsExactly(50, 50, 20);
        assertThat(ofFollowers.items()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(followers);
        assertThat(ofFollowing.totalItems()).as("pending follows are not listed").isEqualTo(51);
        assertThat(ofFollowing.pageSizes()).containsExactly(50, 1);
        assertThat(ofFollowing.items()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(following);
    }

    private static Follow follow(LocalActor actor, String kind, int i, FollowState state) {
        String remote = "https://s%d.example/users/%s%d".formatted(i % 9, kind, i);
        return new Follow(actor.id(), remote, remote + "/inbox", Optional.of("https://s%d.example/inbox".formatted(i % 9)),
                state, remote + "/follows/1", Instant.now());
    }

    /** Fetches the collection, then its first page and each next one until a page has no next. */
    private static Walk walk(String collection) throws Exception {
        JsonNode root = get(collection);
        assertThat(root.path("type").asText()).isEqualTo("OrderedCollection");
        List<Integer> sizes = new ArrayList<>();
        List<String> items = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        String next = root.path("first").asText();
        while (!next.isEmpty()) {
            assertThat(visited.add(next)).as("%s comes once in the walk %s", next, visited).isTrue();
            assertThat(visited).as("a walk of %s ends", collection).hasSizeLessThan(20);
            JsonNode page = get(next);
            assertThat(page.path("type").asText()).isEqualTo("OrderedCollectionPage");
            assertThat(page.path("partOf").asText()).isEqualTo(collection);
            sizes.add(page.path("orderedItems").size());
            page.path("orderedItems").forEach(item -> items.add(idOf(item)));
            next = page.path("next").asText();
        }
        return new Walk(root.path("totalItems").asLong(), sizes, items);
    }

    /** An account's IRI; for the outbox, the post a Create carries or the boost itself. */
    private static String idOf(JsonNode item) {
        if (item.isTextual()) {
            return item.asText();
        }
        return item.path("type").asText().equals("Create") ? item.path("object").path("id").asText() : item.path("id").asText();
    }

    private static JsonNode get(String uri) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "application/activity+json").build(),
                BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
