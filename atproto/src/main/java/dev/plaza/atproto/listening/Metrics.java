package dev.plaza.atproto.listening;

import dev.plaza.atproto.listening.ListeningStatus.Counts;
import dev.plaza.atproto.listening.ListeningStatus.State;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

/** What the listener counts as it goes, written by its threads and read by {@link #status()} from any thread. */
final class Metrics {

    final AtomicLong connections = new AtomicLong();
    final AtomicLong messages = new AtomicLong();
    final AtomicLong stored = new AtomicLong();
    final AtomicLong infos = new AtomicLong();
    final AtomicLong errorFrames = new AtomicLong();
    final AtomicLong unknown = new AtomicLong();
    final AtomicLong malformed = new AtomicLong();
    final AtomicLong oversized = new AtomicLong();
    final AtomicLong invalid = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
    final AtomicLong repeated = new AtomicLong();

    private final Clock clock;
    private final RateMeter rate;
    private final int queueCapacity;
    private final AtomicReference<State> state = new AtomicReference<>(State.CONNECTING);
    private final AtomicReference<Optional<Long>> cursor = new AtomicReference<>(Optional.empty());
    private final AtomicReference<Optional<Instant>> latest = new AtomicReference<>(Optional.empty());
    private final AtomicReference<Optional<String>> lastProblem = new AtomicReference<>(Optional.empty());
    private volatile IntSupplier queueDepth = () -> 0;

    Metrics(Clock clock, int queueCapacity) {
        this.clock = clock;
        this.rate = new RateMeter(clock);
        this.queueCapacity = queueCapacity;
    }

    void state(State now) {
        state.set(now);
    }

    State state() {
        return state.get();
    }

    void cursor(long seq) {
        cursor.set(Optional.of(seq));
    }

    void problem(String what) {
        lastProblem.set(Optional.of(what));
    }

    /** A message with a seq was handled; {@code at} is the time the host gave it. */
    void handled(Instant at) {
        messages.incrementAndGet();
        rate.record(1);
        latest.set(Optional.of(at));
    }

    void queue(IntSupplier depth) {
        queueDepth = depth;
    }

    ListeningStatus status() {
        Optional<Instant> latestAt = latest.get();
        Optional<Duration> lag = latestAt.map(at -> Duration.between(at, clock.instant()));
        Counts counts = new Counts(connections.get(), messages.get(), stored.get(), infos.get(), errorFrames.get(), unknown.get(),
                malformed.get(), oversized.get(), invalid.get(), dropped.get(), repeated.get());
        return new ListeningStatus(state.get(), cursor.get(), latestAt, lag, rate.perSecond(), queueDepth.getAsInt(), queueCapacity,
                counts, lastProblem.get());
    }
}
