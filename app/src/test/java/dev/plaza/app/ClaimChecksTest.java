package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.plaza.channels.people.RelMeVerifier;
import dev.plaza.core.Store;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.ClaimKind;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.ProfileClaim;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Claimed addresses are fetched to see whether they link back with rel=me; a proven one can make two identities one person. */
class ClaimChecksTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    @Test
    void aSiteThatLinksBackProvesTheClaimAndOneThatDoesNotStaysUnproven() throws IOException {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        serve(site, "/ana", "<html><head><link rel=\"me\" href=\"https://social.example/@ana\"></head><body>Ana</body></html>");
        serve(site, "/bo", "<html><body><a href=\"https://social.example/@bo\">not rel=me</a></body></html>");
        site.start();
        Store store = db.store();
        long w = db.newWorkspace().id();
        SeenIdentity ana = SeenIdentity.of(Platform.FEDIVERSE, "https://social.example/users/ana", "@ana@social.example",
                "Ana", Optional.of("https://social.example/@ana"));
        SeenIdentity anaElsewhere = SeenIdentity.of(Platform.FEDIVERSE, "https://other.example/users/ana",
                "@ana@other.example", "Ana B.", Optional.of("https://other.example/@ana"));
        SeenIdentity bo = SeenIdentity.of(Platform.FEDIVERSE, "https://social.example/users/bo", "@bo@social.example",
                "Bo", Optional.of("https://social.example/@bo"));
        store.ingest().ingest(w, new IngestBatch(List.of(ana, anaElsewhere, bo), List.of(), Optional.empty()), Progress.NONE);
        store.identityLinks().recordClaims(w, anaElsewhere.key(), List.of(ProfileClaim.of(ClaimKind.REL_ME, base + "/ana", true)));
        store.identityLinks().recordClaims(w, ana.key(), List.of(ProfileClaim.of(ClaimKind.WEBSITE, base + "/ana", false)));
        store.identityLinks().recordClaims(w, bo.key(), List.of(ProfileClaim.of(ClaimKind.WEBSITE, base + "/bo", false)));

        try (GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
             ClaimChecks checks = new ClaimChecks(store, new RelMeVerifier(http), Clock.systemUTC(), Duration.ofMinutes(10),
                     Duration.ofDays(7))) {

            int merged = checks.checkDue();

            assertThat(merged).isEqualTo(1);
            assertThat(identity(w, ana).personId()).isEqualTo(identity(w, anaElsewhere).personId());
            assertThat(store.identityLinks().claimsOf(w, identity(w, ana).id()))
                    .containsExactly(new ProfileClaim(ClaimKind.WEBSITE, ProfileClaim.of(ClaimKind.WEBSITE, base + "/ana", true).value(), true));
            assertThat(store.identityLinks().claimsOf(w, identity(w, bo).id())).allSatisfy(c -> assertThat(c.verified()).isFalse());
            assertThat(checks.checkDue()).as("nothing is due again until the recheck").isZero();
        } finally {
            site.stop(0);
        }
    }

    @Test
    void aBlueskyDomainHandleIsClaimedAndMeetsTheFediverseAccountThatProvesTheDomain() {
        Store store = db.store();
        long w = db.newWorkspace().id();
        SeenIdentity sky = SeenIdentity.of(Platform.BLUESKY, "did:plc:doraexample", "dora.example", "Dora",
                Optional.of("https://bsky.app/profile/dora.example"));
        SeenIdentity handedOut = SeenIdentity.of(Platform.BLUESKY, "did:plc:someone", "someone.bsky.social", "Someone",
                Optional.empty());
        SeenIdentity masto = SeenIdentity.of(Platform.FEDIVERSE, "https://social.example/users/dora", "@dora@social.example",
                "Dora E.", Optional.of("https://social.example/@dora"));
        store.ingest().ingest(w, new IngestBatch(List.of(sky, handedOut, masto), List.of(), Optional.empty()), Progress.NONE);
        store.identityLinks().recordClaims(w, masto.key(), List.of(ProfileClaim.of(ClaimKind.REL_ME, "https://dora.example/", true)));

        try (GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
             ClaimChecks checks = new ClaimChecks(store, new RelMeVerifier(http), Clock.systemUTC(), Duration.ofMinutes(10),
                     Duration.ofDays(7))) {
            checks.checkDue();
        }

        assertThat(identity(w, sky).personId()).isEqualTo(identity(w, masto).personId());
        assertThat(store.identityLinks().claimsOf(w, identity(w, sky).id()))
                .containsExactly(new ProfileClaim(ClaimKind.DOMAIN_HANDLE, "dora.example", true));
        assertThat(store.identityLinks().claimsOf(w, identity(w, handedOut).id())).isEmpty();
    }

    private static Identity identity(long w, SeenIdentity seen) {
        return db.store().people().identities(w, PageRequest.first(50)).items().stream()
                .filter(i -> i.stableId().equals(seen.stableId())).findFirst().orElseThrow();
    }

    private static void serve(HttpServer server, String path, String html) {
        server.createContext(path, exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
