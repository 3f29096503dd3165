package dev.plaza.web.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SenderRateLimiterTest {

    private static final class StepClock extends Clock {
        Instant now = Instant.parse("2026-11-21T12:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final StepClock clock = new StepClock();
    private final SenderRateLimiter limiter = new SenderRateLimiter(new InboundLimits(3, 1), clock);

    private Optional<Long> fromBusy() {
        return limiter.take(Optional.of("keyId=\"https://busy.example/users/a#main-key\",algorithm=\"rsa-sha256\""),
                Optional.empty(), "10.0.0.1");
    }

    @Test
    void aServerGetsItsBurstThenWaitsForTheRate() {
        assertThat(fromBusy()).isEmpty();
        assertThat(fromBusy()).isEmpty();
        assertThat(fromBusy()).isEmpty();
        assertThat(fromBusy()).contains(1L);

        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertThat(fromBusy()).isEmpty();
        assertThat(fromBusy()).isPresent();
    }

    @Test
    void serversAreCountedApartByTheirKeysHostInEitherDialect() {
        fromBusy();
        fromBusy();
        fromBusy();

        assertThat(limiter.take(Optional.empty(),
                Optional.of("sig1=(\"@method\");keyid=\"https://quiet.example/users/b#main-key\";alg=\"ed25519\""),
                "10.0.0.1")).isEmpty();
        assertThat(limiter.take(Optional.empty(), Optional.empty(), "10.0.0.9")).isEmpty();
    }

    @Test
    void theKeyHostIsReadFromBothHeaderShapes() {
        assertThat(SenderRateLimiter.keyHost("keyId=\"https://A.Example/users/x#k\"")).contains("a.example");
        assertThat(SenderRateLimiter.keyHost("sig1=();keyid=\"https://b.example/k\"")).contains("b.example");
        assertThat(SenderRateLimiter.keyHost("no key here")).isEmpty();
    }
}
