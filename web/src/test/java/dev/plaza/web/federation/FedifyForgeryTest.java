package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.peer.FedifyPeer;
import dev.plaza.federation.peer.Forgery;
import dev.plaza.federation.peer.InboxAnswer;
import dev.plaza.federation.peer.PeerOptions;
import dev.plaza.federation.peer.Post;
import dev.plaza.federation.peer.Prepared;
import dev.plaza.federation.peer.SignatureSpec;
import dev.plaza.federation.peer.Signing;
import dev.plaza.federation.peer.TestCa;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real Fedify server, over HTTPS, sends Plaza what a hostile server would: Creates with forged
 * signatures (Fedify's own signing code, with a key that is not alice's or over another body) and
 * posts that lie about where they live or who wrote them. Plaza refuses each and stores nothing;
 * the same Create signed properly is taken, so the refusal was the signature's.
 */
class FedifyForgeryTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static LoopbackPlaza plaza;
    private static FedifyPeer peer;
    private static ActorUris uris;
    private static URI brandUri;
    private static URI brandInbox;

    @BeforeAll
    static void start() {
        TestCa ca = TestCa.create();
        plaza = LoopbackPlaza.startHttps(db.store(), db.newWorkspace().id(), ca);
        uris = plaza.uris();
        brandUri = URI.create(uris.actor("brand"));
        brandInbox = URI.create(uris.inbox("brand"));
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

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({"RFC_9421, IMPOSTOR_KEY", "RFC_9421, TAMPERED_BODY", "DRAFT_CAVAGE, IMPOSTOR_KEY", "DRAFT_CAVAGE, TAMPERED_BODY"})
    void aForgedSignatureIsRefusedWith401AndTheSameCreateSignedByAliceIsTaken(SignatureSpec dialect, Signing forged) {
        Prepared create = peer.prepare(Post.publicly("<p>Is the spring ride still on?</p>").mentioning(brandUri), Forgery.NONE);

        InboxAnswer refused = peer.deliver(brandInbox, create, forged, dialect);

        assertThat(refused.status()).as(refused.body()).isEqualTo(401);
        assertThat(refused.body()).contains("signature refused");
        assertThat(stored(create.object())).as("nothing of a forged delivery is kept").isEmpty();

        InboxAnswer taken = peer.deliver(brandInbox, create, Signing.ALICE, dialect);

        assertThat(taken.status()).as(taken.body()).isEqualTo(202);
        assertThat(stored(create.object())).hasValueSatisfying(post ->
                assertThat(post.text()).isEqualTo("Is the spring ride still on?"));
    }

    @Test
    void aPostWhoseIdIsOnAnotherOriginIsFetchedFromThereAndRefused() {
        URI elsewhere = URI.create("https://localhost:%d/users/alice/posts/%s".formatted(peer.origin().getPort(), UUID.randomUUID()));
        Prepared create = peer.prepare(Post.publicly("<p>Posted from somewhere else</p>").mentioning(brandUri),
                Forgery.objectId(elsewhere));

        InboxAnswer answer = peer.deliver(brandInbox, create, Signing.ALICE, SignatureSpec.RFC_9421);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("could not be fetched from its origin");
        assertThat(peer.requests()).as("Plaza asked the origin the post names, not the sender's copy")
                .anySatisfy(request -> {
                    assertThat(request.path("method").asText()).isEqualTo("GET");
                    assertThat(request.path("host").asText()).isEqualTo(elsewhere.getAuthority());
                    assertThat(request.path("path").asText()).isEqualTo(elsewhere.getPath());
                });
        assertThat(stored(elsewhere)).isEmpty();
    }

    @Test
    void aCopyOfTheBrandsOwnPostWithOtherWordsIsRefusedAndThePostKeepsItsText() {
        LocalPost real = plaza.server().publisher().publish(plaza.brand(), Draft.publicPost("Service week starts Monday"));
        String before = stored(URI.create(real.uri())).orElseThrow().text();
        Prepared create = peer.prepare(Post.publicly("<p>Service week is cancelled</p>"),
                Forgery.objectId(URI.create(real.uri())).andAttributedTo(brandUri));

        InboxAnswer answer = peer.deliver(brandInbox, create, Signing.ALICE, SignatureSpec.RFC_9421);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(stored(URI.create(real.uri()))).hasValueSatisfying(post -> assertThat(post.text()).isEqualTo(before));
    }

    @Test
    void aPostOnAlicesOriginAttributedToTheBrandIsRefusedWith403() {
        Prepared create = peer.prepare(Post.publicly("<p>All bikes half price today</p>").mentioning(brandUri),
                Forgery.attributedTo(brandUri));

        InboxAnswer answer = peer.deliver(brandInbox, create, Signing.ALICE, SignatureSpec.DRAFT_CAVAGE);

        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.body()).contains("attributed to " + brandUri);
        assertThat(stored(create.object())).isEmpty();
    }

    private static Optional<Activity> stored(URI uri) {
        return db.store().activities().findByUri(plaza.workspaceId(), uri.toString());
    }
}
