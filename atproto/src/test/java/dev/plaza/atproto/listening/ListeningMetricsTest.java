package dev.plaza.atproto.listening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lag, rate and queue depth, read from the status on the listener's clock. */
class ListeningMetricsTest {

    private final SteppingClock clock = new SteppingClock(Instant.parse("2025-05-01T12:00:00.500Z"));

    @Test
    void theRateCountsTheLastTenWholeSecondsAndForgetsOlderOnes() {
        RateMeter rate = new RateMeter(clock);
        for (int second = 0; second < 4; second++) {
            rate.record(5);
            clock.advance(Duration.ofSeconds(1));
        }
        rate.record(100);

        assertThat(rate.perSecond()).as("20 messages in the 10 s before the current second").isEqualTo(2.0);
        clock.advance(Duration.ofSeconds(12));
        assertThat(rate.perSecond()).isZero();
    }

    @Test
    void theStatusGivesTheLagBehindTheLatestMessageAndTheRateOfMessages() {
        InMemoryListeningSink sink = new InMemoryListeningSink();
        try (GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
             FakeHost host = FakeHost.playing(connection -> {
                 for (long seq = 1; seq <= 30; seq++) {
                     connection.send(StreamFrames.commit(seq));
                 }
                 connection.awaitClientGone(30);
             });
             FirehoseListener listener = FirehoseListener.builder(host.url(), sink, http)
                     .settings(ListeningSettings.DEFAULT.withFirstCursor(0)).clock(clock).sleeper(new RecordingSleeper()).start()) {
            Waiting.until(() -> sink.cursor().equals(Optional.of(30L)), Duration.ofSeconds(10), sink::toString);
            clock.advance(Duration.ofSeconds(1));

            ListeningStatus status = listener.status();
            assertThat(status.latestMessageAt()).contains(StreamFrames.TIME.instant());
            assertThat(status.lag()).contains(Duration.ofSeconds(1).plusMillis(500));
            assertThat(status.messagesPerSecond()).isEqualTo(3.0);
            assertThat(status.queueDepth()).isZero();
            assertThat(status.counts().messages()).isEqualTo(30);
        }
    }
}
