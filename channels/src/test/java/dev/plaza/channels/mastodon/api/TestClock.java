package dev.plaza.channels.mastodon.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when the code under test sleeps: the sleeps are recorded instead of waited. */
public final class TestClock extends Clock implements Pacer.Sleeper {

    private final AtomicReference<Instant> now;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    public TestClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        now.updateAndGet(at -> at.plus(duration));
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    public Pacer pacer() {
        return new Pacer(this, this, 3, Pacer.DEFAULT_MAX_WAIT);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
