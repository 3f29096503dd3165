package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.atproto.listening.ListeningStatus;
import dev.plaza.core.community.ChannelState;
import dev.plaza.core.community.ChannelStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StatusReportsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final StatusReports reports = new StatusReports(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void aStreamingListenerIsListeningWithItsLagAndMessages() {
        ChannelStatus status = reports.of(listening(ListeningStatus.State.STREAMING, Optional.empty()));

        assertThat(status.state()).isEqualTo(ChannelState.LISTENING);
        assertThat(status.lag()).contains(Duration.ofSeconds(2));
        assertThat(status.lastEventAt()).contains(T0.minusSeconds(2));
        assertThat(status.events()).isEqualTo(42);
        assertThat(status.lastError()).isEmpty();
        assertThat(status.updatedAt()).isEqualTo(T0);
    }

    @Test
    void aProblemIsDatedByTheFirstReportThatSeesIt() {
        reports.of(listening(ListeningStatus.State.WAITING, Optional.of("connection refused")));
        now.set(T0.plusSeconds(30));
        ChannelStatus later = reports.of(listening(ListeningStatus.State.STREAMING, Optional.of("connection refused")));
        now.set(T0.plusSeconds(60));
        ChannelStatus another = reports.of(listening(ListeningStatus.State.WAITING, Optional.of("error frame FutureCursor")));

        assertThat(later.lastErrorAt()).contains(T0);
        assertThat(another.lastError()).contains("error frame FutureCursor");
        assertThat(another.lastErrorAt()).contains(T0.plusSeconds(60));
        assertThat(another.state()).isEqualTo(ChannelState.WAITING);
    }

    @Test
    void aListenerStoppedByAProblemIsFailingAndOneClosedIsStopped() {
        assertThat(reports.of(listening(ListeningStatus.State.STOPPED, Optional.of("bad host"))).state())
                .isEqualTo(ChannelState.FAILING);
        assertThat(new StatusReports().of(listening(ListeningStatus.State.STOPPED, Optional.empty())).state())
                .isEqualTo(ChannelState.STOPPED);
    }

    private static ListeningStatus listening(ListeningStatus.State state, Optional<String> problem) {
        return new ListeningStatus(state, Optional.of(7L), Optional.of(T0.minusSeconds(2)), Optional.of(Duration.ofSeconds(2)),
                3.0, 0, 100, new ListeningStatus.Counts(1, 42, 40, 0, 0, 0, 0, 0, 0, 0, 0), problem);
    }
}
