package dev.plaza.app;

import dev.plaza.channels.mastodon.api.MastodonSource;
import dev.plaza.core.community.ChannelState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How listening through one Mastodon account goes across its timelines (mentions, home, the goal's hashtags):
 * whether each streams or polls, how often polls failed in a row, what was read and stored, and the last problem.
 * Its channel's status and the account's gauges in /metrics are read from it.
 */
final class MastodonProgress {

    /** Polls failing this many times in a row make a failing channel, fewer a waiting one. */
    static final int FAILING_AFTER = StatusReports.FAILING_AFTER;

    enum Mode { STARTING, POLLING, STREAMING }

    private final Clock clock;
    private final Map<String, Mode> modes = new ConcurrentHashMap<>();
    private final Map<String, Integer> failuresInARow = new ConcurrentHashMap<>();
    private final AtomicLong entries = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile Optional<Instant> lastEventAt = Optional.empty();
    private volatile Optional<Instant> lastCurrentAt = Optional.empty();
    private volatile Optional<String> lastProblem = Optional.empty();
    private volatile Optional<Instant> lastProblemAt = Optional.empty();
    private volatile boolean refused;

    MastodonProgress(Clock clock) {
        this.clock = clock;
    }

    /** What the source of one timeline tells. */
    MastodonSource.Observer observer(String timeline) {
        modes.put(timeline, Mode.STARTING);
        return new MastodonSource.Observer() {
            @Override
            public void polled() {
                failuresInARow.put(timeline, 0);
                modes.compute(timeline, (t, mode) -> mode == Mode.STREAMING ? mode : Mode.POLLING);
                lastCurrentAt = Optional.of(clock.instant());
            }

            @Override
            public void pollFailed(String problem) {
                failuresInARow.merge(timeline, 1, Integer::sum);
                problem(problem);
            }

            @Override
            public void streaming() {
                modes.put(timeline, Mode.STREAMING);
                lastCurrentAt = Optional.of(clock.instant());
            }

            @Override
            public void streamDown(String why) {
                modes.put(timeline, Mode.POLLING);
            }
        };
    }

    /** A delivery was read ({@code read} entries) and what belongs to the community of it stored ({@code kept}). */
    void delivered(int read, int kept) {
        Instant now = clock.instant();
        entries.addAndGet(read);
        stored.addAndGet(kept);
        lastEventAt = Optional.of(now);
        lastCurrentAt = Optional.of(now);
    }

    /** Something went wrong that the next try may cure (storing what was heard, an unexpected answer). */
    void problem(String problem) {
        failures.incrementAndGet();
        lastProblem = Optional.of(problem);
        lastProblemAt = Optional.of(clock.instant());
    }

    /** The instance refused the token (401): listening stops until the account is connected again. */
    void refused(String problem) {
        refused = true;
        problem(problem);
    }

    ChannelState state() {
        int worst = failuresInARow.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (refused || worst >= FAILING_AFTER) {
            return ChannelState.FAILING;
        }
        if (worst > 0) {
            return ChannelState.WAITING;
        }
        return modes.values().stream().allMatch(mode -> mode == Mode.STARTING) ? ChannelState.STARTING : ChannelState.LISTENING;
    }

    /** Nothing while every timeline streams; else how long since the account's timelines were last known current. */
    Optional<Duration> lag() {
        if (!modes.isEmpty() && modes.values().stream().allMatch(mode -> mode == Mode.STREAMING)) {
            return Optional.of(Duration.ZERO);
        }
        return lastCurrentAt.map(at -> Duration.between(at, clock.instant()));
    }

    long streaming() {
        return modes.values().stream().filter(mode -> mode == Mode.STREAMING).count();
    }

    long entries() {
        return entries.get();
    }

    long stored() {
        return stored.get();
    }

    long failures() {
        return failures.get();
    }

    Optional<Instant> lastEventAt() {
        return lastEventAt;
    }

    Optional<String> lastProblem() {
        return lastProblem;
    }

    Optional<Instant> lastProblemAt() {
        return lastProblemAt;
    }
}
