package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.plaza.core.Store;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.Batches;
import dev.plaza.store.testing.TestStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A critical thread goes to the workspace's webhook once the receiver takes it, and only then. */
class AlertWebhookSenderTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-06-30T08:00:00Z");

    @Test
    void postsEachNewAlertUntilTheReceiverTakesItThenNeverAgain() throws IOException {
        Store store = db.store();
        long w = db.newWorkspace().id();
        SeenIdentity ana = Batches.account("ana", "social.example");
        store.streams().ingest(w, new StreamBatch("test", 1, new IngestBatch(List.of(ana), List.of(
                Batches.post("https://social.example/p/1", ana, T0, "My order arrived broken")), Optional.empty()), List.of(), List.of()));
        store.scoring().scoreQueued(100, post -> new PostScore(new SentimentScore(Sentiment.NEGATIVE, 0.9), AdvocacyReading.NONE));
        List<JsonNode> received = new CopyOnWriteArrayList<>();
        AtomicInteger refuseFirst = new AtomicInteger(1);
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new ObjectMapper().readTree(exchange.getRequestBody()));
            int status = refuseFirst.getAndDecrement() > 0 ? 503 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        store.alertWebhooks().set(w, Optional.of(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook")));
        Clock threeHoursLater = Clock.fixed(T0.plus(Duration.ofHours(3)), ZoneOffset.UTC);

        try (GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
             AlertWebhookSender sender = new AlertWebhookSender(store, http, URI.create("https://plaza.example"), threeHoursLater,
                     Duration.ofMinutes(1))) {
            assertThat(sender.sendNew()).as("refused: not remembered").isZero();
            assertThat(sender.sendNew()).isEqualTo(1);
            assertThat(sender.sendNew()).as("taken: not sent again").isZero();
        } finally {
            receiver.stop(0);
        }

        assertThat(received).hasSize(2);
        assertThat(received.get(1).path("kind").asText()).isEqualTo("critical-thread");
        assertThat(received.get(1).path("summary").asText()).isEqualTo("Unanswered negative post: My order arrived broken");
        assertThat(received.get(1).path("url").asText()).startsWith("https://plaza.example/conversations/");
        assertThat(received.get(1).path("key").asText()).isEqualTo(received.get(0).path("key").asText());
    }

    @Test
    void aWebhookOnAPrivateNetworkIsRefusedByTheGuardedClient() {
        Store store = db.store();
        long w = db.newWorkspace().id();
        store.alertWebhooks().set(w, Optional.of(URI.create("http://10.0.0.7/hook")));
        SeenIdentity bo = Batches.account("bo", "social.example");
        store.streams().ingest(w, new StreamBatch("test", 1, new IngestBatch(List.of(bo), List.of(
                Batches.post("https://social.example/p/9", bo, T0, "Broken again")), Optional.empty()), List.of(), List.of()));
        store.scoring().scoreQueued(100, post -> new PostScore(new SentimentScore(Sentiment.NEGATIVE, 0.9), AdvocacyReading.NONE));

        Instant later = T0.plus(Duration.ofHours(3));
        try (GuardedHttpClient http = new GuardedHttpClient(GuardSettings.DEFAULT);
             AlertWebhookSender sender = new AlertWebhookSender(store, http, URI.create("https://plaza.example"),
                     Clock.fixed(later, ZoneOffset.UTC), Duration.ofMinutes(1))) {
            assertThat(sender.sendNew()).isZero();
        } finally {
            store.alertWebhooks().set(w, Optional.empty());
        }
        assertThat(store.alerts().open(w, later, dev.plaza.core.alerts.Alerts.ANSWER_WITHIN, 10)).isNotEmpty()
                .allSatisfy(alert -> assertThat(store.alertWebhooks().sent(w, alert.key())).isFalse());
    }
}
