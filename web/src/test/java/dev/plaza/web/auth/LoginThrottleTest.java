package dev.plaza.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aFewFailuresCostNothing() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_EMAIL - 1; i++) {
            throttle.failed("ada@plaza.test", "10.0.0.1");
        }

        assertThat(throttle.delay("ada@plaza.test", "10.0.0.1")).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_EMAIL; i++) {
            throttle.failed("ada@plaza.test", "10.0.0." + i);
        }
        assertThat(throttle.delay("ADA@plaza.test ", "10.0.0.9")).contains(Duration.ofSeconds(1));

        throttle.failed("ada@plaza.test", "10.0.0.9");
        assertThat(throttle.delay("ada@plaza.test", "10.0.0.9")).contains(Duration.ofSeconds(2));

        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.delay("ada@plaza.test", "10.0.0.9")).isEmpty();
    }

    @Test
    void oneAddressTryingManyEmailsIsSlowedToo() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i + "@plaza.test", "10.0.0.1");
        }

        assertThat(throttle.delay("someone-new@plaza.test", "10.0.0.1")).isPresent();
        assertThat(throttle.delay("someone-new@plaza.test", "10.0.0.2")).isEmpty();
        for (int i = 0; i < 30; i++) {
            throttle.failed("more" + i + "@plaza.test", "10.0.0.1");
        }
        assertThat(throttle.delay("someone-new@plaza.test", "10.0.0.1").orElseThrow())
                .as("an address shared by a proxy is never locked out for long").isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theWaitIsCappedAndASuccessClearsIt() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("ada@plaza.test", "10.0.0.1");
        }
        assertThat(throttle.delay("ada@plaza.test", "10.0.0.1").orElseThrow()).isLessThanOrEqualTo(Duration.ofMinutes(15));

        throttle.succeeded("ada@plaza.test", "10.0.0.1");

        assertThat(throttle.delay("ada@plaza.test", "10.0.0.1")).isEmpty();
    }
}
