package dev.plaza.channels.mastodon.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MastodonStreamingTest {

    private static final MastodonContract CONTRACT = MastodonContract.load();
    private static final MastodonSource.Settings SETTINGS = new MastodonSource.Settings(Duration.ofMinutes(1),
            Duration.ofMinutes(3), Duration.ofMinutes(30), 40, 10);

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T12:00:00Z"));
    private final FakeMastodon fake = new FakeMastodon(clock, CONTRACT);
    private final ObjectNode alice = Fixtures.account("2", "alice", "social.example");

    @AfterEach
    void everythingExchangedConformsToTheContract() {
        assertThat(fake.violations()).isEmpty();
        fake.close();
    }

    private static List<SseEvent> events(String stream) throws IOException {
        List<SseEvent> events = new ArrayList<>();
        new ServerSentEvents(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8))).read(events::add);
        return events;
    }

    @Test
    void eventsWithDataOnSeveralLinesAreJoinedAndHeartbeatsPassedOver() throws IOException {
        AtomicInteger heartbeats = new AtomicInteger();
        List<SseEvent> events = new ArrayList<>();
        String stream = ":)\n\nevent: update\ndata: {\"a\":\ndata:  1}\n\n:thump\r\nevent:delete\r\ndata:42\r\n\r\n"
                + "data: plain\rdata\r\r" + "event: ignored-without-data\n\n" + "id: 7\nretry: 10\ndata: last\n\n";
        new ServerSentEvents(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8))).read(new ServerSentEvents.Listener() {
            @Override
            public boolean event(SseEvent event) {
                return events.add(event);
            }

            @Override
            public void heartbeat() {
                heartbeats.incrementAndGet();
            }
        });
        assertThat(events).containsExactly(new SseEvent("update", "{\"a\":\n 1}"), new SseEvent("delete", "42"),
                new SseEvent("message", "plain\n"), new SseEvent("message", "last"));
        assertThat(heartbeats).hasValue(2);
    }

    @Test
    void anEventThatNeverEndsIsNotDispatchedAndAnOverlongLineEndsTheStream() throws IOException {
        assertThat(events("event: update\ndata: {}")).isEmpty();
        String endless = "data: " + "x".repeat(ServerSentEvents.MAX_LINE + 1) + "\n\n";
        assertThatThrownBy(() -> events(endless)).isInstanceOf(IOException.class).hasMessageContaining("longer than");
    }

    @Test
    void streamEventsBecomeUpdatesNotificationsAndDeletions() {
        ObjectNode status = Fixtures.status("1005", alice, "<p>hello</p>");
        assertThat(StreamEvent.of(new SseEvent("update", status.toString()))).isInstanceOfSatisfying(StreamEvent.Update.class,
                update -> assertThat(update.status().id()).isEqualTo("1005"));
        assertThat(StreamEvent.of(new SseEvent("delete", "1005"))).isEqualTo(new StreamEvent.Delete("1005"));
        assertThat(StreamEvent.of(new SseEvent("filters_changed", ""))).isEqualTo(new StreamEvent.Other("filters_changed"));
        assertThat(StreamEvent.of(new SseEvent("update", "{not json"))).isInstanceOfSatisfying(StreamEvent.Unreadable.class,
                unreadable -> assertThat(unreadable.why()).contains("malformed JSON"));
        assertThat(StreamEvent.of(new SseEvent("delete", "../etc"))).isInstanceOfSatisfying(StreamEvent.Unreadable.class,
                unreadable -> assertThat(unreadable.why()).contains("not a numeric Mastodon id"));
    }

    @Test
    void theSourceCatchesUpByPollingFallsBackWhenTheStreamIsRefusedAndStreamsAgainLater() throws InterruptedException {
        for (int id = 1001; id <= 1003; id++) {
            fake.timeline(Fixtures.status(Integer.toString(id), alice, "<p>before " + id + "</p>"));
        }
        fake.stream(FakeMastodon.StreamScript.refused(503));
        ObjectNode streamed = Fixtures.status("1005", alice, "<p>streamed</p>");
        ObjectNode edited = Fixtures.status("1002", alice, "<p>before 1002, edited</p>");
        fake.stream(fake.events(":thump", "update", streamed, ":thump", "status.update", edited, "delete", "1001"));
        List<MastodonSource.Delivery> deliveries = new ArrayList<>();
        MastodonSource source = new MastodonSource(fake.client(), Timeline.home(),
                new GuardedStreamConnector(fake.http(), Duration.ofSeconds(5)), SETTINGS);

        Optional<String> reached = source.run(Optional.of("1000"), delivery -> {
            deliveries.add(delivery);
            if (deliveries.size() == 1) {
                fake.timeline(Fixtures.status("1004", alice, "<p>posted while the stream was down</p>"));
            }
        }, () -> deliveries.stream().noneMatch(d -> !d.deletedStatusIds().isEmpty())
                && clock.instant().isBefore(Instant.parse("2026-12-01T13:00:00Z")));

        assertThat(deliveries).extracting(MastodonSource.Delivery::mode).containsExactly(MastodonSource.Mode.POLLING,
                MastodonSource.Mode.POLLING, MastodonSource.Mode.STREAMING, MastodonSource.Mode.STREAMING,
                MastodonSource.Mode.STREAMING);
        assertThat(deliveries.get(0).entries()).extracting(Entry::id).containsExactly("1001", "1002", "1003");
        assertThat(deliveries.get(1).entries()).extracting(Entry::id).containsExactly("1004");
        assertThat(deliveries.get(2).entries()).extracting(Entry::id).containsExactly("1005");
        assertThat(deliveries.get(3).entries().getFirst().status().content()).contains("edited");
        assertThat(deliveries.get(3).position()).contains("1005");
        assertThat(deliveries.get(4).deletedStatusIds()).containsExactly("1001");
        assertThat(reached).contains("1005");
        assertThat(fake.streamConnections()).isEqualTo(2);
        assertThat(clock.sleeps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(1));
        FakeMastodon.Received streamRequest = fake.received("/api/v1/streaming/user").getLast();
        assertThat(streamRequest.header("Authorization")).contains("Bearer " + FakeMastodon.TOKEN);
        assertThat(streamRequest.header("Accept")).contains("text/event-stream");
    }

    @Test
    void theSourceTellsItsObserverHowPollingAndStreamingGo() throws InterruptedException {
        fake.answerNext("/api/v1/timelines/home", 503, "{\"error\":\"Down for maintenance\"}");
        fake.stream(FakeMastodon.StreamScript.refused(503));
        fake.stream(fake.events("update", Fixtures.status("1005", alice, "<p>streamed</p>")));
        List<String> told = new ArrayList<>();
        MastodonSource.Observer observer = new MastodonSource.Observer() {
            @Override
            public void polled() {
                told.add("polled");
            }

            @Override
            public void pollFailed(String problem) {
                told.add("poll failed: " + problem);
            }

            @Override
            public void streaming() {
                told.add("streaming");
            }

            @Override
            public void streamDown(String why) {
                told.add("stream down");
            }
        };
        List<MastodonSource.Delivery> deliveries = new ArrayList<>();
        MastodonSource source = new MastodonSource(fake.client(), Timeline.home(),
                new GuardedStreamConnector(fake.http(), Duration.ofSeconds(5)), SETTINGS, observer);

        source.run(Optional.of("1000"), deliveries::add, () -> deliveries.isEmpty()
                && clock.instant().isBefore(Instant.parse("2026-12-01T13:00:00Z")));

        assertThat(deliveries).hasSize(1);
        assertThat(told.getFirst()).startsWith("poll failed: ").contains("Down for maintenance");
        assertThat(told).containsSubsequence(told.getFirst(), "stream down", "polled", "streaming", "stream down");
        assertThat(told.getLast()).isEqualTo("stream down");
    }

    @Test
    void theMentionsStreamDeliversMentionNotificationsOnly() throws InterruptedException {
        ObjectNode mention = Fixtures.mentioning(Fixtures.status("2001", alice, "<p>@plaza hello</p>"), fake.brand());
        fake.stream(fake.events("notification", Fixtures.notification("601", "favourite", alice, Fixtures.status("2000", fake.brand(), "<p>x</p>")),
                "notification", Fixtures.notification("602", "mention", alice, mention)));
        List<MastodonSource.Delivery> deliveries = new ArrayList<>();
        MastodonSource source = new MastodonSource(fake.client(), Timeline.mentions(),
                new GuardedStreamConnector(fake.http(), Duration.ofSeconds(5)), SETTINGS);

        source.run(Optional.of("600"), deliveries::add, () -> deliveries.isEmpty()
                && clock.instant().isBefore(Instant.parse("2026-12-01T13:00:00Z")));

        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.getFirst().entries()).extracting(Entry::id).containsExactly("602");
        assertThat(deliveries.getFirst().entries().getFirst().mentionsAccount()).isTrue();
        assertThat(fake.received("/api/v1/streaming/user/notification")).hasSize(1);
    }

    @Test
    void aStreamThatFallsSilentIsClosedAndItsReadFails() throws IOException {
        fake.stream(fake.events(":thump", "delete", "1001").thenSilence());
        GuardedStreamConnector connector = new GuardedStreamConnector(fake.http(), Duration.ofSeconds(5), Duration.ofMillis(300));
        List<SseEvent> events = new ArrayList<>();
        long started = System.nanoTime();
        try (var in = fake.client().openStream(Timeline.home(), connector)) {
            assertThatThrownBy(() -> new ServerSentEvents(in).read(events::add))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("sent nothing, not even a heartbeat, for PT0.3S");
        }
        assertThat(events).containsExactly(new SseEvent("delete", "1001"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aRevokedTokenEndsTheSource() {
        fake.answerNext("/api/v1/timelines/home", 401, "{\"error\":\"The access token was revoked\"}");
        MastodonSource source = new MastodonSource(fake.client(), Timeline.home(),
                new GuardedStreamConnector(fake.http(), Duration.ofSeconds(5)), SETTINGS);
        assertThatThrownBy(() -> source.run(Optional.of("1000"), delivery -> { }, () -> true))
                .isInstanceOfSatisfying(MastodonApiException.class, e -> assertThat(e.unauthorized()).isTrue())
                .hasMessageContaining("access token was revoked");
    }
}
