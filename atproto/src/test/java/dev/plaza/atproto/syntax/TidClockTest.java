package dev.plaza.atproto.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TidClockTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00.123456Z");

    @Test
    void aTidCarriesItsTimestampAndClockIdThroughItsText() {
        Tid tid = Tid.of(1_714_564_800_123_456L, 517);

        Tid reparsed = Tid.parse(tid.value());

        assertThat(reparsed.timestampMicros()).isEqualTo(1_714_564_800_123_456L);
        assertThat(reparsed.clockId()).isEqualTo(517);
        assertThat(reparsed.instant()).isEqualTo(Instant.parse("2024-05-01T12:00:00.123456Z"));
    }

    @Test
    void theSmallestAndLargestTidsSpanTheAlphabetWithTheTopBitClear() {
        assertThat(Tid.of(0, 0).value()).isEqualTo("2222222222222");
        assertThat(Tid.of(Tid.MAX_TIMESTAMP_MICROS, Tid.MAX_CLOCK_ID).value()).isEqualTo("bzzzzzzzzzzzz");
        Tid vector = Tid.parse("3jzfcijpj2z2a");
        assertThat(Tid.of(vector.timestampMicros(), vector.clockId())).isEqualTo(vector);
    }

    @Test
    void stringOrderIsTimeOrder() {
        Random random = new Random(11);
        for (int i = 0; i < 1_000; i++) {
            long a = random.nextLong(Tid.MAX_TIMESTAMP_MICROS);
            long b = random.nextLong(Tid.MAX_TIMESTAMP_MICROS);
            assertThat(Integer.signum(Tid.of(a, 1).compareTo(Tid.of(b, 1)))).isEqualTo(Long.signum(Long.compare(a, b)));
        }
    }

    @Test
    void timestampsAndClockIdsOutsideTheirBitsAreRefused() {
        assertThatThrownBy(() -> Tid.of(-1, 0)).isInstanceOf(AtprotoException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> Tid.of(1L << 53, 0)).isInstanceOf(AtprotoException.class);
        assertThatThrownBy(() -> Tid.of(0, 1024)).isInstanceOf(AtprotoException.class).hasMessageContaining("1024");
    }

    @Test
    void aClockThatStandsStillStillYieldsStrictlyIncreasingTids() {
        TidClock tids = new TidClock(Clock.fixed(NOW, ZoneOffset.UTC), 3);

        List<Tid> issued = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            issued.add(tids.next());
        }

        assertThat(issued).isSortedAccordingTo(Tid::compareTo).doesNotHaveDuplicates();
        assertThat(issued.getFirst().instant()).isEqualTo(NOW);
        assertThat(issued.getLast().timestampMicros()).isEqualTo(issued.getFirst().timestampMicros() + 99);
        assertThat(issued).allSatisfy(tid -> assertThat(tid.clockId()).isEqualTo(3));
    }

    @Test
    void aClockThatStepsBackDoesNotMakeTidsGoBack() {
        SettableClock wallClock = new SettableClock(NOW);
        TidClock tids = new TidClock(wallClock, 3);

        Tid beforeStep = tids.next();
        wallClock.set(NOW.minus(Duration.ofMinutes(5)));
        Tid afterStep = tids.next();
        wallClock.set(NOW.plusSeconds(1));
        Tid later = tids.next();

        assertThat(afterStep).isGreaterThan(beforeStep);
        assertThat(later).isGreaterThan(afterStep);
        assertThat(later.instant()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void theClockIdIsDrawnFromTheGivenRandomSource() {
        TidClock tids = new TidClock(Clock.fixed(NOW, ZoneOffset.UTC), new Random(5));

        assertThat(tids.clockId()).isBetween(0, Tid.MAX_CLOCK_ID);
        assertThat(tids.next().clockId()).isEqualTo(tids.clockId());
        assertThat(new TidClock(Clock.fixed(NOW, ZoneOffset.UTC), new Random(5)).clockId()).isEqualTo(tids.clockId());
    }

    private static final class SettableClock extends Clock {
        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
