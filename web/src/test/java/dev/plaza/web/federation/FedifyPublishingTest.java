package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.Reaction;
import dev.plaza.core.publishing.ReactionType;
import dev.plaza.core.publishing.Visibility;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.delivery.DeliveryListener;
import dev.plaza.federation.delivery.DeliverySettings;
import dev.plaza.federation.delivery.DeliveryWorker;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.outbox.PollDraft;
import dev.plaza.federation.outbox.Publisher;
import dev.plaza.federation.peer.FedifyPeer;
import dev.plaza.federation.peer.PeerOptions;
import dev.plaza.federation.peer.Post;
import dev.plaza.federation.peer.Sent;
import dev.plaza.federation.peer.TestCa;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The brand publishes, over HTTPS with a test CA, to a real Fedify server through Plaza's durable delivery queue and worker:
 * posts, mentions by handle, replies into Fedify's threads, polls, edits, deletes, likes and boosts;
 * and what Fedify does with the brand's posts (replies, likes, boosts, votes) comes back counted.
 */
class FedifyPublishingTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static LoopbackPlaza plaza;
    private static FedifyPeer peer;
    private static DeliveryWorker worker;
    private static ActorUris uris;
    private static LocalActor brand;
    private static Publisher publisher;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        TestCa ca = TestCa.create();
        GuardSettings outbound = GuardSettings.forLoopbackTests().withExtraTrustAnchors(List.of(ca.certificate()));
        plaza = LoopbackPlaza.startHttps(db.store(), db.newWorkspace().id(), ca,
                base -> FederationSettings.forLoopbackTests().withOutbound(outbound).withPollUpdateDelay(Duration.ofMillis(300)));
        uris = plaza.uris();
        brand = plaza.brand();
        publisher = plaza.server().publisher();
        worker = new DeliveryWorker(db.store().deliveryJobs(), db.store().localActors(), uris,
                new GuardedHttpClient(outbound), DeliverySettings.DEFAULT.withIdlePoll(Duration.ofMillis(50)),
                Clock.systemUTC(), DeliveryListener.NONE).start();
        peer = FedifyPeer.start(PeerOptions.defaults().withHttps(ca));
        client = HttpClient.newBuilder().sslContext(ca.clientContext()).build();
    }

    @AfterAll
    static void stop() {
        if (worker != null) {
            worker.close();
        }
        if (peer != null) {
            peer.close();
        }
        if (plaza != null) {
            plaza.close();
        }
    }

    @BeforeEach
    void aliceFollowsTheBrand() {
        peer.reset();
        peer.follow(URI.create(uris.actor("brand")));
        peer.awaitReceived("Accept");
    }

    @Test
    void aPublicPostWithAHashtagAndAMentionByHandleReachesFedify() {
        LocalPost post = publisher.publish(brand, new Draft("Spring service week starts Monday #bikes @" + peer.handle()
                + " https://fernhill.example/service", Optional.of("long read"), Optional.of("en"), Visibility.PUBLIC,
                Optional.empty(), Optional.empty()));

        JsonNode create = awaitActivity("Create", post.uri());
        JsonNode note = create.path("activity").path("object");
        assertThat(note.path("content").asText()).contains("#<span>bikes</span>").contains("fernhill.example/service");
        assertThat(note.path("summary").asText()).isEqualTo("long read");
        assertThat(note.path("contentMap").path("en").asText()).isEqualTo(note.path("content").asText());
        assertThat(note.path("tag").toString()).contains(peer.actorUri().toString()).contains("#bikes");
        assertThat(post.mentions()).extracting(m -> m.actorUri()).containsExactly(peer.actorUri().toString());

        JsonNode fetched = peer.lookup(URI.create(post.uri()));
        assertThat(fetched.toString()).contains("Spring service week");
    }

    @Test
    void fedifysReplyLikeAndBoostOfABrandPostAreCountedInItsConversation() {
        LocalPost post = publisher.publish(brand, Draft.publicPost("Which saddle do you ride?"));
        awaitActivity("Create", post.uri());

        Sent reply = peer.post(Post.publicly("<p>A Brooks, for years</p>").replyingTo(URI.create(post.uri())));
        peer.like(URI.create(post.uri()));
        peer.announce(URI.create(post.uri()));

        Activity root = db.store().activities().findByUri(plaza.workspaceId(), post.uri()).orElseThrow();
        Activity answer = db.store().activities().findByUri(plaza.workspaceId(), reply.objectId().toString()).orElseThrow();
        assertThat(answer.conversationId()).isEqualTo(root.conversationId());
        var engagement = db.store().publishing().engagement(plaza.workspaceId(), post.uri());
        assertThat(engagement.replies()).isEqualTo(1);
        assertThat(engagement.likes()).isEqualTo(1);
        assertThat(engagement.boosts()).isEqualTo(1);
    }

    @Test
    void fedifyVotesOnAPollAndTheQuestionCountsItAndSendsTheNewCounts() {
        LocalPost poll = publisher.publish(brand, new Draft("Which colour next?", Optional.empty(), Optional.of("en"),
                Visibility.PUBLIC, Optional.empty(), Optional.of(new PollDraft(List.of("teal", "rust"), false,
                        Duration.ofDays(1)))));
        awaitActivity("Create", poll.uri());

        peer.vote(URI.create(poll.uri()), "rust");

        assertThat(db.store().publishing().tally(poll.id()).votesFor("rust")).isEqualTo(1);
        JsonNode question = peer.lookup(URI.create(poll.uri()));
        assertThat(question.toString()).contains("Question").contains("\"totalItems\":1");
        JsonNode results = awaitActivity("Update", poll.uri());
        assertThat(results.path("activity").path("object").toString()).contains("\"totalItems\":1");
        assertThat(results.path("activity").path("object").has("updated")).as("new counts, not an edit").isFalse();
    }

    @Test
    void anEditAndADeleteReachFedify() {
        LocalPost post = publisher.publish(brand, Draft.publicPost("Open until 6"));
        awaitActivity("Create", post.uri());

        publisher.edit(brand, post.id(), "Open until 7", Optional.empty(), Optional.empty());
        JsonNode update = awaitActivity("Update", post.uri());
        assertThat(update.path("activity").path("object").path("content").asText()).contains("Open until 7");
        assertThat(update.path("activity").path("object").path("updated").asText()).isNotEmpty();

        publisher.delete(brand, post.id());
        awaitActivity("Delete", post.uri());
    }

    @Test
    void theBrandRepliesIntoFedifysThreadThenLikesBoostsAndTakesBack() {
        Sent question = peer.post(Post.publicly("<p>Anyone fixed a Fernhill hub?</p>"));
        URI questionUri = question.objectId();

        LocalPost reply = publisher.publish(brand, new Draft("Bring it by, we will look at it", Optional.empty(),
                Optional.empty(), Visibility.PUBLIC, Optional.of(questionUri.toString()), Optional.empty()));
        JsonNode create = awaitActivity("Create", reply.uri());
        assertThat(create.path("activity").path("object").path("inReplyTo").asText()).isEqualTo(questionUri.toString());

        Reaction like = publisher.react(brand, ReactionType.LIKE, questionUri.toString());
        Reaction boost = publisher.react(brand, ReactionType.ANNOUNCE, questionUri.toString());
        awaitReceived(a -> a.path("type").asText().equals("Like") && a.path("object").asText().equals(questionUri.toString()), "Like");
        awaitReceived(a -> a.path("type").asText().equals("Announce") && a.path("object").asText().equals(questionUri.toString()), "Announce");

        publisher.undo(brand, like.id());
        publisher.undo(brand, boost.id());
        awaitReceived(a -> a.path("type").asText().equals("Undo") && a.path("object").asText().equals(like.uri()), "Undo of the Like");
        awaitReceived(a -> a.path("type").asText().equals("Undo") && a.path("object").asText().equals(boost.uri()), "Undo of the boost");
    }

    @Test
    void followersOnlyPostsAreServedOnlyToSignedRequestsFromFollowers() throws Exception {
        LocalPost open = publisher.publish(brand, Draft.publicPost("Everyone may read this"));
        LocalPost closed = publisher.publish(brand, new Draft("Followers only", Optional.empty(), Optional.empty(),
                Visibility.FOLLOWERS, Optional.empty(), Optional.empty()));
        awaitActivity("Create", closed.uri());

        assertThat(unsignedGet(open.uri())).isEqualTo(200);
        assertThat(unsignedGet(closed.uri())).isEqualTo(404);
        assertThat(peer.lookup(URI.create(closed.uri())).toString()).as("alice follows the brand; Fedify signs its GET")
                .contains("Followers only");

        JsonNode outbox = JSON.readTree(get(uris.outbox("brand") + "?page=true"));
        assertThat(outbox.path("type").asText()).isEqualTo("OrderedCollectionPage");
        assertThat(outbox.path("orderedItems").toString()).contains(open.uri()).doesNotContain(closed.uri());
    }

    private static JsonNode awaitActivity(String type, String objectId) {
        return awaitReceived(a -> a.path("type").asText().equals(type)
                && (a.path("object").asText().equals(objectId)
                || a.path("activity").path("object").path("id").asText().equals(objectId)), type + " of " + objectId);
    }

    private static JsonNode awaitReceived(Predicate<JsonNode> matches, String description) {
        return peer.awaitReceived(matches, description, WAIT);
    }

    private static int unsignedGet(String uri) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Accept", "application/activity+json").build(), BodyHandlers.discarding()).statusCode();
    }

    private static String get(String uri) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Accept", "application/activity+json").build(), BodyHandlers.ofString()).body();
    }
}
