package dev.plaza.atproto.listening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Connections that end: dropped, refused, too slow, a cursor from the future, a sink that fails. */
class ListeningReconnectTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(100), Duration.ofMillis(800));

    private final GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
    private final InMemoryListeningSink sink = new InMemoryListeningSink();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private FakeHost host;
    private FirehoseListener listener;

    @AfterEach
    void stop() {
        if (listener != null) {
            listener.close();
        }
        if (host != null) {
            host.close();
        }
        http.close();
    }

    @Test
    void aDroppedConnectionIsResumedFromTheStoredCursorAfterTheShortestWait() {
        host = FakeHost.playing(connection -> {
            connection.send(StreamFrames.commit(1));
            connection.send(StreamFrames.commit(2));
            Waiting.until(() -> sink.cursor().equals(Optional.of(2L)), WAIT, sink::toString);
            connection.drop();
        }, connection -> {
            connection.send(StreamFrames.commit(3));
            connection.awaitClientGone(30);
        });

        listener = start(sink, ListeningSettings.DEFAULT.withFirstCursor(0));
        Waiting.until(() -> sink.cursor().equals(Optional.of(3L)), WAIT, () -> "the sink holds " + sink.messages());

        assertThat(host.cursors()).containsExactly(Optional.of(0L), Optional.of(2L));
        assertThat(sink.messages()).extracting(StreamFrames::seqOf).containsExactly(1L, 2L, 3L);
        assertThat(sleeper.waits()).singleElement().satisfies(wait ->
                assertThat(wait).isBetween(Duration.ofMillis(50), Duration.ofMillis(100)));
        assertThat(listener.status().counts().connections()).isEqualTo(2);
    }

    @Test
    void failingConnectionsWaitTwiceAsLongEachTimeWithJitterUpToTheLongestWait() {
        AtomicInteger connections = new AtomicInteger();
        host = FakeHost.playing(connection -> {
            if (connections.incrementAndGet() <= 6) {
                connection.drop();
                return;
            }
            connection.send(StreamFrames.commit(1));
            connection.awaitClientGone(30);
        });

        listener = start(sink, ListeningSettings.DEFAULT.withFirstCursor(0));
        Waiting.until(() -> sink.cursor().isPresent(), WAIT, () -> "waits so far: " + sleeper.waits());

        List<Duration> waits = sleeper.waits();
        List<Long> ceilings = List.of(100L, 200L, 400L, 800L, 800L, 800L);
        assertThat(waits).hasSize(6);
        for (int i = 0; i < waits.size(); i++) {
            long ceiling = ceilings.get(i);
            assertThat(waits.get(i).toMillis()).as("wait %d", i).isBetween(ceiling / 2, ceiling);
        }
        assertThat(waits).as("jittered, not all at their ceilings").anySatisfy(wait ->
                assertThat(wait.toMillis()).isNotIn(ceilings));
    }

    @Test
    void consumerTooSlowEndsTheConnectionAndTheListenerResumesFromItsCursor() {
        host = FakeHost.playing(connection -> {
            connection.send(StreamFrames.commit(1));
            connection.send(StreamFrames.error(FrameHandler.CONSUMER_TOO_SLOW));
            connection.close(1008);
            connection.awaitClientGone(30);
        }, connection -> {
            connection.send(StreamFrames.commit(2));
            connection.awaitClientGone(30);
        });

        listener = start(sink, ListeningSettings.DEFAULT.withFirstCursor(0));
        Waiting.until(() -> sink.cursor().equals(Optional.of(2L)), WAIT, () -> "the sink holds " + sink.messages());

        assertThat(host.cursors()).containsExactly(Optional.of(0L), Optional.of(1L));
        assertThat(sink.messages()).extracting(StreamFrames::seqOf).containsExactly(1L, 2L);
        assertThat(listener.status().counts().errorFrames()).isEqualTo(1);
        assertThat(listener.status().lastProblem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("dropped this listener as too slow", "ConsumerTooSlow (said the host)", "resumes from cursor 1"));
        assertThat(sleeper.waits()).singleElement().satisfies(wait -> assertThat(wait).isLessThanOrEqualTo(BACKOFF.initial()));
    }

    @Test
    void aFutureCursorIsKeptAndAskedForAgainOnlyAtTheLongestWait() {
        InMemoryListeningSink ahead = new InMemoryListeningSink(Optional.of(1000L));
        host = FakeHost.playing(connection -> {
            connection.send(StreamFrames.error(FrameHandler.FUTURE_CURSOR));
            connection.close(1008);
            connection.awaitClientGone(30);
        });

        listener = start(ahead, ListeningSettings.DEFAULT);
        Waiting.until(() -> sleeper.waits().size() >= 3, WAIT, () -> "waits so far: " + sleeper.waits());

        assertThat(sleeper.waits()).first().isEqualTo(BACKOFF.max());
        assertThat(sleeper.waits()).allSatisfy(wait -> assertThat(wait).isEqualTo(BACKOFF.max()));
        assertThat(host.cursors()).hasSizeGreaterThanOrEqualTo(3).containsOnly(Optional.of(1000L));
        assertThat(ahead.cursor()).contains(1000L);
        assertThat(ahead.batches()).isEmpty();
        assertThat(listener.status().lastProblem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("refused the cursor 1000 as in its future", "FutureCursor", "clear the sink's cursor"));
    }

    @Test
    void aBatchTheSinkFailsToStoreIsHeardAgainFromItsCursorAndNothingIsLostOrRepeated() {
        AtomicInteger stores = new AtomicInteger();
        ListeningSink failingOnce = new ListeningSink() {
            @Override
            public Optional<Long> cursor() {
                return sink.cursor();
            }

            @Override
            public void store(ListeningBatch batch) {
                if (stores.incrementAndGet() == 2) {
                    throw new IllegalStateException("the database is briefly away");
                }
                sink.store(batch);
            }
        };
        host = FakeHost.playing(connection -> {
            for (long seq = connection.cursor().orElse(0L) + 1; seq <= 5; seq++) {
                connection.send(StreamFrames.commit(seq));
            }
            connection.awaitClientGone(30);
        });

        listener = start(failingOnce, ListeningSettings.DEFAULT.withFirstCursor(0).withMaxBatch(1));
        Waiting.until(() -> sink.cursor().equals(Optional.of(5L)), WAIT, () -> "the sink holds " + sink.messages());

        assertThat(sink.messages()).extracting(StreamFrames::seqOf).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(host.cursors()).containsExactly(Optional.of(0L), Optional.of(1L));
        assertThat(listener.status().lastProblem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("the sink did not store a batch", "the database is briefly away"));
    }

    private FirehoseListener start(ListeningSink into, ListeningSettings settings) {
        return FirehoseListener.builder(host.url(), into, http)
                .settings(settings.withBackoff(BACKOFF))
                .sleeper(sleeper)
                .random(new Random(7))
                .start();
    }
}
