package dev.plaza.atproto.syntax;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * Hands out TIDs that strictly increase, even when the wall clock stands still or steps back:
 * each one is at least a microsecond after the last. One instance per writer; its clock id is
 * chosen at random so that two writers rarely collide (atproto TID spec).
 */
public final class TidClock {

    private final Clock clock;
    private final int clockId;
    private long lastMicros = -1;

    public TidClock(Clock clock, int clockId) {
        if (clockId < 0 || clockId > Tid.MAX_CLOCK_ID) {
            throw new IllegalArgumentException("clock id %d is outside 0..%d".formatted(clockId, Tid.MAX_CLOCK_ID));
        }
        this.clock = clock;
        this.clockId = clockId;
    }

    public TidClock(Clock clock, RandomGenerator random) {
        this(clock, random.nextInt(Tid.MAX_CLOCK_ID + 1));
    }

    public static TidClock systemUtc() {
        return new TidClock(Clock.systemUTC(), new SecureRandom());
    }

    public int clockId() {
        return clockId;
    }

    public synchronized Tid next() {
        lastMicros = Math.max(micros(clock.instant()), lastMicros + 1);
        return Tid.of(lastMicros, clockId);
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }
}
