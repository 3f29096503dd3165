package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.federation.peer.FedifyPeer;
import dev.plaza.federation.peer.PeerOptions;
import dev.plaza.federation.peer.Post;
import dev.plaza.federation.peer.Sent;
import dev.plaza.federation.peer.TestCa;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Articles and polls (Questions) written on a real Fedify server, over HTTPS: Plaza stores an
 * Article with its title and a Question with its options, threads the replies to them, and follows
 * their author's Update and Delete.
 */
class FedifyPostTypesTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static LoopbackPlaza plaza;
    private static FedifyPeer peer;
    private static URI brandUri;

    @BeforeAll
    static void start() {
        TestCa ca = TestCa.create();
        plaza = LoopbackPlaza.startHttps(db.store(), db.newWorkspace().id(), ca);
        brandUri = URI.create(plaza.uris().actor("brand"));
        peer = FedifyPeer.start(PeerOptions.defaults().withHttps(ca));
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
    void anArticleIsStoredWithItsTitleThreadedEditedAndDeleted() {
        Sent article = peer.post(Post.publicly("<p>Ten tips for <b>winter</b> riding</p>").mentioning(brandUri)
                .asArticle("Winter riding"));
        Sent reply = peer.post(Post.publicly("<p>Tip eleven: mudguards</p>").replyingTo(article.objectId())
                .mentioning(brandUri));

        Activity root = stored(article);
        assertThat(root.kind()).isEqualTo(ActivityKind.MENTION);
        assertThat(root.text()).isEqualTo("Winter riding\n\nTen tips for winter riding");
        assertThat(stored(reply).conversationId()).isPresent().isEqualTo(root.conversationId());

        peer.update(article.objectId(), "Winter riding, revised", "<p>Twelve tips for winter riding</p>");
        assertThat(stored(article).text()).isEqualTo("Winter riding, revised\n\nTwelve tips for winter riding");

        peer.delete(article.objectId());
        assertThat(stored(article).text()).isEmpty();
        assertThat(stored(article).conversationId()).as("a deleted post stays in its thread").isEqualTo(root.conversationId());
    }

    @Test
    void aPollIsStoredWithItsOptionsThreadedEditedAndDeleted() {
        Sent poll = peer.post(Post.publicly("<p>Which ride next Sunday?</p>").mentioning(brandUri)
                .asPoll("Along the coast", "Over the hills"));
        Sent reply = peer.post(Post.publicly("<p>Coast, if the wind drops</p>").replyingTo(poll.objectId()).mentioning(brandUri));

        Activity root = stored(poll);
        assertThat(root.kind()).isEqualTo(ActivityKind.MENTION);
        assertThat(root.text()).isEqualTo("Which ride next Sunday?\n\n○ Along the coast\n○ Over the hills");
        assertThat(stored(reply).kind()).isEqualTo(ActivityKind.REPLY);
        assertThat(stored(reply).conversationId()).isPresent().isEqualTo(root.conversationId());

        peer.update(poll.objectId(), "<p>Which ride next Saturday?</p>");
        assertThat(stored(poll).text()).isEqualTo("Which ride next Saturday?\n\n○ Along the coast\n○ Over the hills");

        peer.delete(poll.objectId());
        assertThat(stored(poll).text()).isEmpty();
    }

    private static Activity stored(Sent sent) {
        return db.store().activities().findByUri(plaza.workspaceId(), sent.objectId().toString())
                .orElseThrow(() -> new AssertionError("Plaza did not store " + sent.objectId()));
    }
}
