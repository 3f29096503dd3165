package dev.plaza.atproto.listening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A sink slower than the host: the queue stays within its bounds and the host is held back, not the heap. */
class ListeningBackpressureTest {

    private static final int FRAMES = 40;
    private static final int FRAME_BYTES = 1024 * 1024;

    private final GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
    private final InMemoryListeningSink sink = new InMemoryListeningSink();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private FakeHost host;
    private FirehoseListener listener;

    private record Sample(int depth, int sent, int stored) {
    }

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
    void theSocketIsNotReadWhileTheQueueIsFullSoTheHostWaitsForTheSink() {
        List<Sample> samples = listenSlowly(ListeningSettings.DEFAULT.withQueue(4, 64L * 1024 * 1024));

        assertThat(samples).allSatisfy(sample -> assertThat(sample.depth()).isLessThanOrEqualTo(4));
        assertThat(samples).as("the queue filled up").anySatisfy(sample -> assertThat(sample.depth()).isEqualTo(4));
        // what the host got out is what the listener holds (queue, one frame being put together) plus the TCP buffers
        assertThat(samples).filteredOn(sample -> sample.stored() <= 5).isNotEmpty()
                .allSatisfy(sample -> assertThat(sample.sent()).as("frames sent while the sink had stored %d", sample.stored())
                        .isLessThan(FRAMES / 2));
        assertThat(sink.messages()).extracting(StreamFrames::seqOf)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, FRAMES).boxed().toList());
    }

    @Test
    void theQueueIsBoundedInBytesAsWellAsInFrames() {
        List<Sample> samples = listenSlowly(ListeningSettings.DEFAULT.withQueue(1_000, 3L * FRAME_BYTES));

        assertThat(samples).allSatisfy(sample -> assertThat(sample.depth()).isLessThanOrEqualTo(3));
        assertThat(samples).anySatisfy(sample -> assertThat(sample.depth()).isEqualTo(3));
        assertThat(sink.messages()).hasSize(FRAMES);
    }

    private List<Sample> listenSlowly(ListeningSettings settings) {
        host = FakeHost.playing(connection -> {
            for (long seq = 1; seq <= FRAMES; seq++) {
                connection.send(StreamFrames.bigCommit(seq, FRAME_BYTES));
                sent.incrementAndGet();
            }
            connection.awaitClientGone(60);
        });
        ListeningSink slow = new ListeningSink() {
            @Override
            public Optional<Long> cursor() {
                return sink.cursor();
            }

            @Override
            public void store(ListeningBatch batch) {
                try {
                    Thread.sleep(40);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                sink.store(batch);
                stored.addAndGet(batch.messages().size());
            }
        };
        listener = FirehoseListener.builder(host.url(), slow, http)
                .settings(settings.withFirstCursor(0).withMaxBatch(1).withMaxFrameBytes(2 * FRAME_BYTES))
                .sleeper(new RecordingSleeper())
                .start();
        List<Sample> samples = new ArrayList<>();
        Waiting.until(() -> {
            samples.add(new Sample(listener.status().queueDepth(), sent.get(), stored.get()));
            return stored.get() == FRAMES;
        }, Duration.ofSeconds(30), () -> "stored %d of %d".formatted(stored.get(), FRAMES));
        return samples;
    }
}
