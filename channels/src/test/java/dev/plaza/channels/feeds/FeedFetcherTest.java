package dev.plaza.channels.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.plaza.core.feeds.FeedSource;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedFetcherTest {

    private static final Instant NOW = Instant.parse("2026-11-05T12:00:00Z");
    private static final String LAST_MODIFIED = "Wed, 04 Nov 2026 10:00:00 GMT";

    private static FeedServer server;
    private static final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private static final Map<String, String> etags = new ConcurrentHashMap<>();

    private final FeedFetcher fetcher = new FeedFetcher(server.http(), PollSchedule.DEFAULT, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeAll
    static void start() {
        server = new FeedServer(Map.of(
                "/feed.xml", FeedFetcherTest::feed,
                "/old", exchange -> FeedServer.answer(exchange, 301, Map.of("Location", "/feed.xml"), new byte[0]),
                "/busy", exchange -> FeedServer.answer(exchange, 429, Map.of("Retry-After", "7200"), new byte[0]),
                "/page", exchange -> FeedServer.answer(exchange, 200, Map.of("Content-Type", "text/html"),
                        "<html></html>".getBytes())));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        requests.clear();
        etags.put("current", "\"v1\"");
    }

    private static void feed(HttpExchange exchange) throws IOException {
        requests.add(Map.of("if-none-match", Optional.ofNullable(exchange.getRequestHeaders().getFirst("If-None-Match")).orElse(""),
                "if-modified-since", Optional.ofNullable(exchange.getRequestHeaders().getFirst("If-Modified-Since")).orElse("")));
        String etag = etags.get("current");
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            FeedServer.answer(exchange, 304, Map.of("ETag", etag), new byte[0]);
            return;
        }
        FeedServer.answer(exchange, 200, Map.of("Content-Type", "application/rss+xml; charset=utf-8", "ETag", etag,
                "Last-Modified", LAST_MODIFIED, "Cache-Control", "public, max-age=10800"), FeedParserTest.fixture("blog-rss2.xml"));
    }

    private static String url(String path) {
        return server.url(path);
    }

    @Test
    void aConditionalGetSendsTheStoredValidatorsAndA304BringsNothing() {
        FeedFetcher.Poll first = fetcher.poll(FeedSource.unpolled(1, 2, url("/feed.xml"), NOW));
        assertThat(first.feed()).isPresent();
        assertThat(first.next().etag()).contains("\"v1\"");
        assertThat(first.next().lastModified()).contains(LAST_MODIFIED);
        assertThat(first.next().nextPoll()).as("Cache-Control max-age").isEqualTo(NOW.plus(Duration.ofHours(3)));

        FeedFetcher.Poll second = fetcher.poll(first.next());

        assertThat(requests).hasSize(2);
        assertThat(requests.getFirst()).containsEntry("if-none-match", "").containsEntry("if-modified-since", "");
        assertThat(requests.get(1)).containsEntry("if-none-match", "\"v1\"").containsEntry("if-modified-since", LAST_MODIFIED);
        assertThat(second.feed()).isEmpty();
        assertThat(second.next().etag()).contains("\"v1\"");
        assertThat(second.next().lastError()).isEmpty();
        assertThat(second.next().lastPolled()).contains(NOW);
    }

    @Test
    void aChangedEtagBringsTheFeedAndReplacesTheStoredOne() {
        FeedFetcher.Poll first = fetcher.poll(FeedSource.unpolled(1, 2, url("/feed.xml"), NOW));
        etags.put("current", "\"v2\"");

        FeedFetcher.Poll second = fetcher.poll(first.next());

        assertThat(second.feed()).isPresent();
        assertThat(second.next().etag()).contains("\"v2\"");
    }

    @Test
    void followsARedirectAndResolvesLinksAgainstWhereTheFeedWasFound() {
        FeedFetcher.Poll poll = fetcher.poll(FeedSource.unpolled(1, 2, url("/old"), NOW));

        assertThat(poll.next().lastError()).isEmpty();
        assertThat(poll.feed().orElseThrow().items().getFirst().link()).contains(url("/2026/11/seed-swap"));
        assertThat(poll.next().url()).isEqualTo(url("/old"));
    }

    @Test
    void a429WithRetryAfterBacksOffForAsLongAsAsked() {
        FeedFetcher.Poll poll = fetcher.poll(FeedSource.unpolled(1, 2, url("/busy"), NOW));

        assertThat(poll.feed()).isEmpty();
        assertThat(poll.next().lastError()).contains(url("/busy") + " answered 429");
        assertThat(poll.next().failures()).isEqualTo(1);
        assertThat(poll.next().nextPoll()).isEqualTo(NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void failuresInARowBackOffFurtherEachTime() {
        FeedSource failing = new FeedSource(1, 2, url("/missing"), Optional.empty(), Optional.empty(), Optional.empty(), NOW,
                Optional.empty(), 2, 0);

        FeedFetcher.Poll poll = fetcher.poll(failing);

        assertThat(poll.next().failures()).isEqualTo(3);
        assertThat(poll.next().lastError()).contains(url("/missing") + " answered 404");
        assertThat(poll.next().nextPoll()).isEqualTo(NOW.plus(Duration.ofHours(4)));
    }

    @Test
    void anHtmlPageIsNoFeed() {
        FeedFetcher.Poll poll = fetcher.poll(FeedSource.unpolled(1, 2, url("/page"), NOW));

        assertThat(poll.feed()).isEmpty();
        assertThat(poll.next().lastError()).contains(url("/page") + " is text/html, not an RSS or Atom feed");
    }

    @Test
    void aPrivateAddressIsRefusedWithoutARequest() {
        try (GuardedHttpClient guarded = new GuardedHttpClient(GuardSettings.DEFAULT)) {
            FeedFetcher strict = new FeedFetcher(guarded, PollSchedule.DEFAULT, Clock.fixed(NOW, ZoneOffset.UTC));

            FeedFetcher.Poll poll = strict.poll(FeedSource.unpolled(1, 2, url("/feed.xml"), NOW));

            assertThat(poll.feed()).isEmpty();
            assertThat(poll.next().lastError()).hasValueSatisfying(error -> assertThat(error).contains("127.0.0.1"));
            assertThat(poll.next().failures()).isEqualTo(1);
            assertThat(requests).isEmpty();
        }
    }
}
