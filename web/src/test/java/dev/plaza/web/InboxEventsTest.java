package dev.plaza.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.Batches;
import dev.plaza.store.testing.TestStore;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inbox's event stream over a real server: what an ingest through the store sends, and its heartbeat. */
class InboxEventsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    static WebServer server;
    static Community community;

    @BeforeAll
    static void start() {
        community = Community.plant(db.store(), "events", false);
        server = new WebServer(db.store(), WebSettings.forTests().withInboxHeartbeat(Duration.ofMillis(300)),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), new FakeImporter(db.store())).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aViewerHearsOfAConversationThatAnIngestStartedAndAHeartbeatWhileQuiet() throws Exception {
        Browser viewer = community.browser(server, Role.VIEWER);
        HttpResponse<InputStream> events = viewer.stream("/conversations/events");
        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
            List<String> seen = new ArrayList<>();
            readUntil(lines, seen, ": listening"::equals);
            readUntil(lines, seen, ": heartbeat"::equals);

            long conversation = ingestAConversation(community.workspace().id());
            ingestAConversation(db.newWorkspace().id());

            readUntil(lines, seen, ("data: " + conversation)::equals);
            assertThat(seen).contains("event: conversation");
            assertThat(seen).noneMatch(line -> line.startsWith("data: ") && !line.equals("data: " + conversation)
                    && !line.equals("data: "));
        }
    }

    @Test
    void anAnonymousCallerIsSentToTheLoginForm() {
        HttpResponse<String> response = Browser.at(server).get("/conversations/events");
        assertThat(response.statusCode()).isIn(302, 303);
    }

    private static long ingestAConversation(long workspace) {
        SeenIdentity alice = Batches.account("alice", "live.example");
        SeenIdentity bob = Batches.account("bob", "live.example");
        String root = "https://live.example/p/" + workspace + "-" + System.nanoTime();
        Instant now = Instant.now();
        db.store().ingest().ingest(workspace, new IngestBatch(List.of(alice, bob), List.of(
                Batches.post(root, alice, now, "live now"),
                Batches.reply(root + "/reply", bob, now.plusSeconds(1), "right here", root)), Optional.empty()), Progress.NONE);
        return db.store().activities().findByUri(workspace, root).orElseThrow().conversationId().orElseThrow();
    }

    /** Reads lines until one passes, for at most ten seconds. */
    private static void readUntil(BufferedReader lines, List<String> seen, Predicate<String> wanted) throws Exception {
        CompletableFuture<Void> found = CompletableFuture.runAsync(() -> {
            try {
                String line;
                while ((line = lines.readLine()) != null) {
                    seen.add(line);
                    if (wanted.test(line)) {
                        return;
                    }
                }
                throw new AssertionError("the stream ended; it sent " + seen);
            } catch (IOException e) {
                throw new AssertionError("the stream failed after " + seen, e);
            }
        });
        try {
            found.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 10 s in vain; the stream sent " + seen, e);
        }
    }
}
