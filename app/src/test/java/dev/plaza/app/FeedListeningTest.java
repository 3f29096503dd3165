package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.plaza.core.Store;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.ChannelState;
import dev.plaza.core.community.ChannelStatus;
import dev.plaza.core.community.Goal;
import dev.plaza.core.community.Platform;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.testing.TestStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Listening channels on RSS become polled feeds, each polled when it is due. */
class FeedListeningTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final String RSS = """
            <rss version="2.0"><channel><title>Repair Blog</title><link>https://repair.example/</link>
            <item><title>Our repair café opens</title><link>https://repair.example/opens</link>
            <pubDate>Tue, 03 Nov 2026 08:30:00 GMT</pubDate></item>
            <item><title>Holiday hours</title><link>https://repair.example/hours</link></item>
            </channel></rss>""";

    @Test
    void aListeningFeedChannelIsPolledWhenDueAndWhatBelongsIsStored() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/rss", exchange -> {
            requests.incrementAndGet();
            byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Store store = db.store();
        long w = db.newWorkspace().id();
        store.goals().save(new Goal(w, "", List.of("repair café"), List.of(), List.of(), List.of()));
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/rss";
        Channel channel = store.channels().add(w, Platform.RSS, url, ChannelKind.LISTENING, Optional.empty());
        store.channels().add(w, Platform.BLUESKY, "wss://bsky.network", ChannelKind.LISTENING, Optional.empty());
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
             FeedListening feeds = new FeedListening(store, http, Clock.systemUTC(), Duration.ofMinutes(1), metrics)) {

            feeds.pollDue();
            feeds.pollDue();

            assertThat(requests).as("the second look found the feed not yet due").hasValue(1);
            assertThat(store.activities().findByUri(w, "https://repair.example/opens")).isPresent();
            assertThat(store.activities().totals(w).activities()).isEqualTo(1);
            assertThat(store.feedSources().find(w, channel.id()).orElseThrow().lastError()).isEmpty();
            assertThat(metrics.get("plaza.feeds.stored").tag("workspace", Long.toString(w)).functionCounter().count())
                    .isEqualTo(1.0);
            ChannelStatus status = store.channels().statuses(w).get(channel.id());
            assertThat(status.state()).isEqualTo(ChannelState.LISTENING);
            assertThat(status.events()).isEqualTo(2);
            assertThat(status.lastEventAt()).isPresent();
            assertThat(status.lastError()).isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aPausedFeedIsNotPolledAndAFailingOneSaysWhy() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/rss", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        Store store = db.store();
        long w = db.newWorkspace().id();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Channel paused = store.channels().add(w, Platform.RSS, base + "/rss?paused", ChannelKind.LISTENING, Optional.empty());
        store.channels().pause(w, paused.id());
        Channel failing = store.channels().add(w, Platform.RSS, base + "/rss?failing", ChannelKind.LISTENING,
                Optional.empty());
        try (GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
             FeedListening feeds = new FeedListening(store, http, Clock.systemUTC(), Duration.ofMinutes(1),
                     new SimpleMeterRegistry())) {

            feeds.pollDue();

            assertThat(requests).as("only the feed that is not paused was asked").hasValue(1);
            assertThat(store.feedSources().find(w, paused.id())).isEmpty();
            assertThat(store.channels().statuses(w)).containsOnlyKeys(failing.id());
            ChannelStatus status = store.channels().statuses(w).get(failing.id());
            assertThat(status.state()).isEqualTo(ChannelState.WAITING);
            assertThat(status.lastError()).hasValueSatisfying(error -> assertThat(error).contains("503"));
            assertThat(status.lastErrorAt()).isPresent();
        } finally {
            server.stop(0);
        }
    }
}
