package dev.plaza.federation.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves by hand; it starts at the real time because new jobs are due from the database's now(). */
final class MutableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(
            Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS));

    void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
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
        throw new UnsupportedOperationException();
    }
}
