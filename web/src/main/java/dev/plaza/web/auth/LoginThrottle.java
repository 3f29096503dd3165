package dev.plaza.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after a few failures for one email each further attempt must wait
 * twice as long as the one before, up to a quarter of an hour. One address trying many emails is
 * slowed too, but gently (at most a minute): behind a reverse proxy every user shares its address.
 */
public final class LoginThrottle {

    static final int FREE_FAILURES_PER_EMAIL = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 30;
    private static final Duration MAX_WAIT_PER_EMAIL = Duration.ofMinutes(15);
    private static final Duration MAX_WAIT_PER_ADDRESS = Duration.ofMinutes(1);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int SWEEP_ABOVE = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this email and address must still wait before the next attempt, if at all. */
    public Optional<Duration> delay(String email, String address) {
        Instant now = clock.instant();
        Duration byEmail = waitFor(emailKey(email), FREE_FAILURES_PER_EMAIL, MAX_WAIT_PER_EMAIL, now);
        Duration byAddress = waitFor(addressKey(address), FREE_FAILURES_PER_ADDRESS, MAX_WAIT_PER_ADDRESS, now);
        Duration longest = byEmail.compareTo(byAddress) >= 0 ? byEmail : byAddress;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        }
        for (String key : new String[] {emailKey(email), addressKey(address)}) {
            failures.merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        }
    }

    public void succeeded(String email, String address) {
        failures.remove(emailKey(email));
        failures.remove(addressKey(address));
    }

    private Duration waitFor(String key, int free, Duration max, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < free) {
            return Duration.ZERO;
        }
        if (f.last().plus(FORGET_AFTER).isBefore(now)) {
            failures.remove(key, f);
            return Duration.ZERO;
        }
        int excess = Math.min(f.count() - free, 20);
        Duration backoff = Duration.ofSeconds(1L << excess);
        if (backoff.compareTo(max) > 0) {
            backoff = max;
        }
        Duration left = Duration.between(now, f.last().plus(backoff));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String emailKey(String email) {
        return "email:" + email.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }
}
