package dev.plaza.atproto.jetstream;

import static dev.plaza.atproto.jetstream.JetstreamJson.FIRST_TIME_US;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.atproto.listening.Backoff;
import dev.plaza.atproto.listening.FakeHost;
import dev.plaza.atproto.listening.HostConnection;
import dev.plaza.atproto.listening.ListeningSettings;
import dev.plaza.atproto.listening.ListeningStatus.State;
import dev.plaza.atproto.listening.RecordingSleeper;
import dev.plaza.atproto.listening.Waiting;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A Jetstream listener against a loopback host: events in, batches and cursor out, across reconnects. */
class JetstreamListenerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ListeningSettings SETTINGS = ListeningSettings.DEFAULT
            .withBackoff(new Backoff(Duration.ofMillis(100), Duration.ofMillis(800)));

    private static final GuardedHttpClient HTTP = new GuardedHttpClient(GuardSettings.forLoopbackTests());

    private final InMemoryJetstreamSink sink = new InMemoryJetstreamSink();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterAll
    static void closeClient() {
        HTTP.close();
    }

    @Test
    void eventsAreHandedOverWithTheirCursorWhileUnknownAndMalformedOnesAreSkippedAndCounted() {
        try (FakeHost host = FakeHost.playing(connection -> {
            connection.sendText(JetstreamJson.post(time(1)).toString());
            connection.sendText("{\"did\": \"did:plc:aaaaaaaaaaaaaaaaaaaaaaaa\", \"time_us\": ");
            connection.sendText(JetstreamJson.post(time(2)).put("did", "not a did").toString());
            connection.sendText(JetstreamJson.identity(JetstreamJson.ALICE, time(3), Optional.empty(), 1, JetstreamJson.TIME).toString());
            connection.sendText(JetstreamJson.event(JetstreamJson.ALICE, time(4), "labels").toString());
            connection.awaitClientGone(30);
        });
             JetstreamListener listener = start(builder(host)
                .filter(JetstreamFilter.of(List.of("app.bsky.feed.*"), List.of())))) {
            Waiting.until(() -> sink.cursor().equals(Optional.of(time(4))), WAIT, () -> "the sink holds " + sink.events());

            assertThat(sink.events()).extracting(JetstreamEvent::timeUs).containsExactly(time(1), time(3));
            assertThat(listener.status().counts().malformed()).isEqualTo(2);
            assertThat(listener.status().counts().unknown()).isEqualTo(1);
            assertThat(listener.status().counts().stored()).isEqualTo(2);
            assertThat(listener.status().cursor()).contains(time(4));
            assertThat(host.upgradeTargets()).containsExactly("/subscribe?wantedCollections=app.bsky.feed.*");
        }
    }

    @Test
    void aDisconnectResumesFromTheStoredCursorAndTheReplayedEventAtItIsNotHandedOverAgain() {
        try (FakeHost host = FakeHost.playing(connection -> {
            sendFrom(connection, 1, 3);
            Waiting.until(() -> sink.cursor().equals(Optional.of(time(3))), WAIT, sink::toString);
            connection.drop();
        }, connection -> {
            // Jetstream replays from the cursor itself: the event at time_us == cursor comes again
            sendFrom(connection, 1, 6);
            connection.awaitClientGone(30);
        });
             JetstreamListener listener = start(builder(host))) {
            Waiting.until(() -> sink.cursor().equals(Optional.of(time(6))), WAIT, () -> "the sink holds " + sink.events());

            assertThat(host.cursors()).containsExactly(Optional.empty(), Optional.of(time(3)));
            assertThat(sink.events()).extracting(JetstreamEvent::timeUs)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 6).map(JetstreamListenerTest::time).boxed().toList());
            assertThat(listener.status().counts().repeated()).isEqualTo(1);
            assertThat(listener.status().counts().connections()).isEqualTo(2);
            assertThat(sleeper.waits()).singleElement().satisfies(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMillis(100)));
        }
    }

    @Test
    void compressedEventsAreAskedForAndInflatedWithTheDictionary() {
        TrainedDictionary dictionary = TrainedDictionary.onPosts("plaza");
        TrainedDictionary another = TrainedDictionary.onPosts("elsewhere");
        try (FakeHost host = FakeHost.playing(connection -> {
            connection.send(dictionary.compress(JetstreamJson.bytes(JetstreamJson.post(time(1)))));
            connection.send(another.compress(JetstreamJson.bytes(JetstreamJson.post(time(2)))));
            connection.send(dictionary.compress(new byte[8 * 1024 * 1024]));
            connection.send(dictionary.compress(JetstreamJson.bytes(JetstreamJson.post(time(3)))));
            connection.awaitClientGone(30);
        });
             JetstreamListener listener = start(builder(host).compressed(dictionary.forListener()))) {
            Waiting.until(() -> sink.cursor().equals(Optional.of(time(3))), WAIT, () -> "the sink holds " + sink.events());

            assertThat(host.upgradeTargets()).containsExactly("/subscribe?compress=true");
            assertThat(sink.events()).extracting(JetstreamEvent::timeUs).containsExactly(time(1), time(3));
            assertThat(listener.status().counts().malformed()).as("another dictionary, and a zstd bomb").isEqualTo(2);
        }
    }

    @Test
    void binaryEventsWithoutCompressionAndTextOverTheLimitAreSkippedAndCounted() {
        try (FakeHost host = FakeHost.playing(connection -> {
            connection.send(JetstreamJson.bytes(JetstreamJson.post(time(1))));
            connection.sendText(JetstreamJson.post(time(2)).put("padding", "x".repeat(5000)).toString());
            connection.sendText(JetstreamJson.post(time(3)).toString());
            connection.awaitClientGone(30);
        });
             JetstreamListener listener = start(builder(host).settings(SETTINGS.withMaxFrameBytes(2000)))) {
            Waiting.until(() -> sink.cursor().equals(Optional.of(time(3))), WAIT, () -> "the sink holds " + sink.events());

            assertThat(sink.events()).extracting(JetstreamEvent::timeUs).containsExactly(time(3));
            assertThat(listener.status().counts().malformed()).isEqualTo(1);
            assertThat(listener.status().counts().oversized()).isEqualTo(1);
        }
    }

    @Test
    void anUpdatedFilterIsSentOnTheLiveConnectionAndAskedForOnTheNext() {
        try (FakeHost host = FakeHost.playing(connection -> {
            connection.sendText(JetstreamJson.post(time(1)).toString());
            Waiting.until(() -> connection.textsReceived().size() == 1, WAIT, () -> "nothing was sent to the host");
            connection.drop();
        }, connection -> {
            connection.sendText(JetstreamJson.post(time(2)).toString());
            connection.awaitClientGone(30);
        });
             JetstreamListener listener = start(builder(host)
                .filter(JetstreamFilter.of(List.of("app.bsky.feed.post"), List.of())))) {
            Waiting.until(() -> sink.cursor().isPresent(), WAIT, () -> listener.status().toString());
            JetstreamFilter follows = JetstreamFilter.of(List.of("app.bsky.graph.follow"), List.of(JetstreamJson.ALICE.value()));

            assertThat(listener.update(follows)).isTrue();
            Waiting.until(() -> sink.cursor().equals(Optional.of(time(2))), WAIT, () -> "the sink holds " + sink.events());

            assertThat(listener.filter()).isEqualTo(follows);
            assertThat(host.upgradeTargets()).containsExactly("/subscribe?wantedCollections=app.bsky.feed.post",
                    "/subscribe?wantedCollections=app.bsky.graph.follow&wantedDids=did%3Aplc%3Aaaaaaaaaaaaaaaaaaaaaaaaa&cursor=" + time(1));
        }
    }

    @Test
    void aClosedListenerHasNoConnectionToUpdate() {
        try (FakeHost host = FakeHost.playing(connection -> connection.awaitClientGone(30))) {
            JetstreamListener listener = start(builder(host));
            try {
                Waiting.until(() -> listener.status().state() == State.STREAMING, WAIT, () -> listener.status().toString());
            } finally {
                listener.close();
            }

            assertThat(listener.update(JetstreamFilter.EVERYTHING)).isFalse();
            assertThat(listener.status().state()).isEqualTo(State.STOPPED);
        }
    }

    private JetstreamListener.Builder builder(FakeHost host) {
        return JetstreamListener.builder(host.url(), sink, HTTP).settings(SETTINGS);
    }

    private JetstreamListener start(JetstreamListener.Builder builder) {
        return builder.sleeper(sleeper).random(new Random(7)).start();
    }

    private static void sendFrom(HostConnection connection, long first, long last) throws IOException {
        long cursor = connection.cursor().orElse(0L);
        for (long n = first; n <= last; n++) {
            if (time(n) >= cursor) {
                connection.sendText(JetstreamJson.post(time(n)).toString());
            }
        }
    }

    private static long time(long n) {
        return FIRST_TIME_US + n * 1000;
    }
}
