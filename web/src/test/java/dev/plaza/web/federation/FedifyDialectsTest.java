package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.delivery.DeliveryListener;
import dev.plaza.federation.delivery.DeliverySettings;
import dev.plaza.federation.delivery.DeliveryWorker;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.peer.FedifyPeer;
import dev.plaza.federation.peer.PeerOptions;
import dev.plaza.federation.peer.Post;
import dev.plaza.federation.peer.Sent;
import dev.plaza.federation.peer.SignatureSpec;
import dev.plaza.federation.peer.TestCa;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both HTTP signature dialects in both directions, over HTTPS, shown by what was on the wire: Plaza
 * takes Fedify's first knock in either dialect; Plaza's delivery worker signs with RFC 9421 where it
 * is taken and, where a server refuses it (as Mastodon before 4.5 does), knocks again with
 * draft-cavage, which Fedify verifies, and keeps to draft-cavage for that server.
 */
class FedifyDialectsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static GuardSettings outbound;
    private static LoopbackPlaza plaza;
    private static FedifyPeer peer;
    private static ActorUris uris;
    private static LocalActor brand;
    private static URI brandUri;
    private DeliveryWorker worker;

    @BeforeAll
    static void start() {
        TestCa ca = TestCa.create();
        outbound = LoopbackPlaza.trusting(ca);
        plaza = LoopbackPlaza.startHttps(db.store(), db.newWorkspace().id(), ca);
        uris = plaza.uris();
        brand = plaza.brand();
        brandUri = URI.create(uris.actor("brand"));
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

    /** A worker per test: what it learnt of the peer's dialect in one test does not carry into the next. */
    @BeforeEach
    void startWorker() {
        peer.reset();
        worker = new DeliveryWorker(db.store().deliveryJobs(), db.store().localActors(), uris, new GuardedHttpClient(outbound),
                DeliverySettings.DEFAULT.withWorkers(2).withIdlePoll(Duration.ofMillis(50)), Clock.systemUTC(),
                DeliveryListener.NONE).start();
    }

    @AfterEach
    void stopWorker() {
        worker.close();
    }

    @ParameterizedTest
    @EnumSource(SignatureSpec.class)
    void plazaTakesFedifysFirstKnockInEitherDialect(SignatureSpec dialect) {
        peer.firstKnock(dialect);

        Sent post = peer.post(Post.publicly("<p>Is the workshop open late on Thursdays?</p>").mentioning(brandUri));

        assertThat(db.store().activities().findByUri(plaza.workspaceId(), post.objectId().toString())).isPresent();
        assertThat(peer.knocks()).filteredOn(knock -> knock.path("url").asText().startsWith(uris.base().toString()))
                .as("one POST to Plaza, in the dialect Fedify tried first, taken at once")
                .extracting(knock -> knock.path("dialect").asText(), knock -> knock.path("status").asInt())
                .containsExactly(tuple(dialect.recordedAs(), 202));
    }

    @Test
    void plazaSignsWithRfc9421WhereItIsTaken() {
        peer.follow(brandUri);
        JsonNode accept = awaitAccept();
        LocalPost post = plaza.server().publisher().publish(brand, Draft.publicPost("Late opening on Thursdays"));
        JsonNode create = awaitCreateOf(post);

        assertThat(List.of(accept, create)).extracting(entry -> entry.path("signature").asText())
                .containsOnly(SignatureSpec.RFC_9421.recordedAs());
        assertThat(peer.rejected()).isEmpty();
    }

    @Test
    void plazaFallsBackToDraftCavageWhereRfc9421IsRefusedAndKeepsToIt() {
        peer.refuseRfc9421();

        peer.follow(brandUri);
        JsonNode accept = awaitAccept();
        LocalPost post = plaza.server().publisher().publish(brand, Draft.publicPost("Closed for stocktaking on Monday"));
        JsonNode create = awaitCreateOf(post);

        assertThat(List.of(accept, create)).as("Fedify verified both, signed with draft-cavage")
                .extracting(entry -> entry.path("signature").asText())
                .containsOnly(SignatureSpec.DRAFT_CAVAGE.recordedAs());
        assertThat(peer.rejected()).as("only the first delivery knocked with RFC 9421")
                .singleElement().satisfies(refused -> {
                    assertThat(refused.path("reason").asText()).isEqualTo("rfc9421Refused");
                    assertThat(refused.path("id").asText()).isEqualTo(accept.path("id").asText());
                });
    }

    private static JsonNode awaitAccept() {
        return peer.awaitReceived(entry -> entry.path("type").asText().equals("Accept")
                && entry.path("actor").asText().equals(brandUri.toString()), "the brand's Accept", WAIT);
    }

    private static JsonNode awaitCreateOf(LocalPost post) {
        return peer.awaitReceived(entry -> entry.path("type").asText().equals("Create")
                && entry.path("activity").path("object").path("id").asText().equals(post.uri()), "Create of " + post.uri(), WAIT);
    }
}
