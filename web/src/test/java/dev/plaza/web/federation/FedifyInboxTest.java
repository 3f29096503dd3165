package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.peer.FedifyPeer;
import dev.plaza.federation.peer.Post;
import dev.plaza.federation.peer.Sent;
import dev.plaza.federation.peer.SignatureSpec;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real Fedify server follows Plaza's brand and writes to it; Plaza verifies, stores and accepts. */
class FedifyInboxTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static LoopbackPlaza plaza;
    private static FedifyPeer peer;
    private static ActorUris uris;
    private static LocalActor brand;
    private static long workspace;

    @BeforeAll
    static void start() {
        plaza = LoopbackPlaza.start(db.store(), db.newWorkspace().id(), base -> FederationSettings.forLoopbackTests()
                .withDeliveries(new ImmediateDelivery(db.store(), base)));
        uris = plaza.uris();
        brand = plaza.brand();
        workspace = plaza.workspaceId();
        peer = FedifyPeer.start();
    }

    @AfterAll
    static void stop() {
        if (peer != null) {
            peer.close();
        }
        if (plaza != null) {
            plaza.close();
        }
    }

    @Test
    void anUnsignedPostIsRefusedWith401AndAWrongContentTypeWith415() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String like = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"http://127.0.0.1:9/l\","
                + "\"type\":\"Like\",\"actor\":\"http://127.0.0.1:9/u\",\"object\":\"http://127.0.0.1:9/n\"}";

        HttpResponse<String> unsigned = client.send(HttpRequest.newBuilder(URI.create(uris.sharedInbox()))
                .header("Content-Type", "application/activity+json").POST(BodyPublishers.ofString(like)).build(),
                BodyHandlers.ofString());
        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create(uris.inbox("brand")))
                .header("Content-Type", "text/plain").POST(BodyPublishers.ofString(like)).build(), BodyHandlers.ofString());

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(unsigned.body()).contains("UNSIGNED");
        assertThat(plain.statusCode()).isEqualTo(415);
    }

    @ParameterizedTest
    @EnumSource(SignatureSpec.class)
    void fedifyFollowsTheBrandAndIsAcceptedThenUnfollows(SignatureSpec dialect) {
        peer.reset();
        peer.firstKnock(dialect);

        peer.follow(URI.create(uris.actor("brand")));

        peer.awaitReceived("Accept");
        assertThat(db.store().follows().followers(brand.id())).extracting(Follow::remoteActorUri)
                .containsExactly(peer.actorUri().toString());
        assertThat(peer.following()).anySatisfy(f -> assertThat(f.path("state").asText()).isEqualTo("accepted"));

        peer.unfollow(URI.create(uris.actor("brand")));

        assertThat(db.store().follows().followers(brand.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SignatureSpec.class)
    void fedifyMentionsTheBrandAndRepliesInTheSameConversation(SignatureSpec dialect) {
        peer.reset();
        peer.firstKnock(dialect);
        URI brandUri = URI.create(uris.actor("brand"));

        Sent question = peer.post(Post.publicly("<p>Does the Fernhill fit a child seat?</p>").mentioning(brandUri));
        Sent followUp = peer.post(Post.publicly("<p>Asking for the 2025 model</p>").replyingTo(question.objectId())
                .mentioning(brandUri));

        Activity root = db.store().activities().findByUri(workspace, question.objectId().toString()).orElseThrow();
        Activity reply = db.store().activities().findByUri(workspace, followUp.objectId().toString()).orElseThrow();
        assertThat(root.kind()).isEqualTo(ActivityKind.MENTION);
        assertThat(root.text()).isEqualTo("Does the Fernhill fit a child seat?");
        assertThat(reply.kind()).isEqualTo(ActivityKind.REPLY);
        assertThat(reply.inReplyToUri()).contains(question.objectId().toString());
        assertThat(reply.conversationId()).isPresent().isEqualTo(root.conversationId());
    }

    @Test
    void fedifyEditsThenDeletesAPostAndPlazaFollows() {
        peer.reset();
        URI brandUri = URI.create(uris.actor("brand"));
        Sent post = peer.post(Post.publicly("<p>The repair café opens at 9</p>").mentioning(brandUri));
        String uri = post.objectId().toString();
        assertThat(db.store().activities().findByUri(workspace, uri).orElseThrow().text())
                .isEqualTo("The repair café opens at 9");

        peer.update(post.objectId(), "<p>The repair café opens at 10</p>");
        assertThat(db.store().activities().findByUri(workspace, uri).orElseThrow().text())
                .isEqualTo("The repair café opens at 10");

        peer.delete(post.objectId());
        assertThat(db.store().activities().findByUri(workspace, uri).orElseThrow().text()).isEmpty();
    }
}
