package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.identity.IdentitySettings;
import dev.plaza.atproto.listening.ListeningStatus;
import dev.plaza.atproto.listening.Waiting;
import dev.plaza.atproto.peer.AtprotoPeer;
import dev.plaza.atproto.peer.PeerAccount;
import dev.plaza.atproto.peer.PeerRecords;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.channels.bluesky.VerifiedHandles;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.activity.Conversation;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Goal;
import dev.plaza.core.community.Platform;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.Identity;
import dev.plaza.core.team.Role;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.WebServer;
import dev.plaza.web.WebSettings;
import dev.plaza.web.federation.FederationSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Listening on the reference PDS's firehose from a listening channel, as a running Plaza does: a thread
 * of the brand's, replies and a like from other accounts, and a post about the goal become one
 * conversation and activities, named by their verified handles; what is off-topic is passed over; a
 * reply written while Plaza was not listening is heard when it listens again, from the stored cursor,
 * and nothing is stored twice; a removed channel stops its listener; the thread reads in the browser.
 */
class BlueskyListeningBrowserTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final String EMAIL = "owner@fernhill.example";
    private static final String PASSWORD = "pedals-and-chains";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    private static AtprotoPeer peer;
    private static GuardedHttpClient http;
    private static XrpcClient pds;
    private static WebServer server;
    private static long workspace;

    @BeforeAll
    static void start() {
        peer = AtprotoPeer.start();
        http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
        pds = new XrpcClient(http, peer.pdsUrl());
        workspace = db.newWorkspace().id();
        db.store().team().add(workspace, EMAIL, "Robin (owner)", Role.OWNER, PASSWORD.toCharArray());
        db.store().goals().save(new Goal(workspace, "Repairing bikes together", List.of("repair café"), List.of("bikerepair"),
                List.of("en"), List.of()));
        server = new WebServer(db.store(), WebSettings.forTests(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new ArchiveImports(db.store()), FederationSettings.forLoopbackTests()).start();
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable running : new AutoCloseable[] {server, http, peer}) {
            if (running != null) {
                running.close();
            }
        }
    }

    @Test
    void aBlueskyThreadAboutTheGoalIsHeardStoredOnceAndReadInPlaza() throws IOException {
        PeerAccount brand = PeerAccount.create(pds, "fernhill.test");
        PeerAccount alice = PeerAccount.create(pds, "alice.test");
        PeerAccount bob = PeerAccount.create(pds, "bob.test");
        db.store().channels().add(workspace, Platform.BLUESKY, brand.did().value(), ChannelKind.OWNED, Optional.empty());
        Channel listeningChannel = db.store().channels().add(workspace, Platform.BLUESKY, peer.pdsUrl().toString(),
                ChannelKind.LISTENING, Optional.empty());

        JsonNode opening;
        try (BlueskyListening listening = listening()) {
            Waiting.until(() -> listening.status().values().stream().anyMatch(s -> s.state() == ListeningStatus.State.STREAMING),
                    WAIT, () -> "listeners: " + listening.status());
            opening = post(brand, "Our repair café opens Saturday at Harbour Street 4: bring your bike!");
            JsonNode question = post(alice, "Can I bring my e-bike too?", opening, opening);
            post(brand, "Of course, e-bikes are welcome.", opening, question);
            post(bob, "Lunch was good today");
            post(bob, "Fixing my chain tonight #BikeRepair");
            PeerRecords.create(pds, bob, "app.bsky.feed.like", PeerRecords.subject(opening));
            Waiting.until(() -> stored() == 5, WAIT, () -> "activities stored: " + stored());
        }

        post(alice, "See you there, the repair café sounds great", opening, opening);
        try (BlueskyListening listening = listening()) {
            Waiting.until(() -> stored() == 6, WAIT, () -> "activities stored: " + stored());
            assertThat(listening.status()).hasSize(1);
            assertThat(metrics.get("plaza.listening.stored").tag("workspace", Long.toString(workspace)).gauge().value())
                    .isPositive();

            db.store().channels().remove(workspace, listeningChannel.id());
            listening.reconcile();

            assertThat(listening.status()).as("a removed channel is no longer listened to").isEmpty();
            assertThat(metrics.find("plaza.listening.stored").gauges()).isEmpty();
        }

        List<Activity> activities = db.store().activities().list(workspace, dev.plaza.core.activity.ActivityFilter.ALL,
                PageRequest.first(20)).items();
        assertThat(activities).extracting(Activity::kind).containsExactlyInAnyOrder(ActivityKind.POST, ActivityKind.REPLY,
                ActivityKind.REPLY, ActivityKind.REPLY, ActivityKind.POST, ActivityKind.LIKE);
        assertThat(activities).extracting(Activity::text).doesNotContain("Lunch was good today");
        Conversation thread = db.store().conversations().list(workspace, Optional.empty(), PageRequest.first(5)).items().stream()
                .filter(c -> c.rootUri().equals(opening.path("uri").asText())).findFirst().orElseThrow();
        assertThat(db.store().conversations().thread(workspace, thread.id())).extracting(Activity::text).containsExactly(
                "Our repair café opens Saturday at Harbour Street 4: bring your bike!", "Can I bring my e-bike too?",
                "Of course, e-bikes are welcome.", "See you there, the repair café sounds great");
        assertThat(db.store().people().identities(workspace, PageRequest.first(10)).items()).extracting(Identity::handle)
                .containsExactlyInAnyOrder("fernhill.test", "alice.test", "bob.test");

        try (Chromium chromium = Chromium.open("http://127.0.0.1:" + server.port())) {
            chromium.logIn(EMAIL, PASSWORD);
            chromium.driver().get(chromium.base() + "/conversations/" + thread.id());
            String page = chromium.driver().findElement(By.tagName("main")).getText();
            assertThat(page).contains("Can I bring my e-bike too?").contains("alice.test").contains("Of course, e-bikes are welcome.")
                    .contains("Heard for the keyword “repair café”.").contains("Heard for replying in the brand's thread.");
            chromium.screenshot("bluesky-thread");
        }
    }

    private static BlueskyListening listening() {
        IdentityResolver identities = new IdentityResolver(http, IdentitySettings.DEFAULT.withPlcDirectory(peer.plcUrl()),
                Clock.systemUTC());
        VerifiedHandles handles = new VerifiedHandles(identities, handle -> Optional.of(Did.parse(pds.query(
                "com.atproto.identity.resolveHandle", Map.of("handle", handle.value()), Optional.empty()).path("did").asText())));
        BlueskyListening listening = new BlueskyListening(db.store(), http, handles, BlueskyListening::brandDids,
                Duration.ofMillis(200), metrics);
        return listening.start();
    }

    private static long stored() {
        return db.store().activities().totals(workspace).activities();
    }

    private static JsonNode post(PeerAccount author, String text, JsonNode... rootAndParent) {
        return PeerRecords.create(pds, author, "app.bsky.feed.post", PeerRecords.post(text, rootAndParent));
    }
}
