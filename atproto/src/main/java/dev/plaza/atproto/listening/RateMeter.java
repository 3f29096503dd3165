package dev.plaza.atproto.listening;

import java.time.Clock;

/** Events per second over the last {@link #WINDOW_SECONDS} whole seconds of a clock, counted in one-second buckets. */
final class RateMeter {

    static final int WINDOW_SECONDS = 10;

    private final Clock clock;
    private final long[] counts = new long[WINDOW_SECONDS + 1];
    private final long[] seconds = new long[WINDOW_SECONDS + 1];

    RateMeter(Clock clock) {
        this.clock = clock;
    }

    synchronized void record(long events) {
        long now = clock.millis() / 1000;
        int slot = (int) Math.floorMod(now, (long) counts.length);
        if (seconds[slot] != now) {
            seconds[slot] = now;
            counts[slot] = 0;
        }
        counts[slot] += events;
    }

    /** The rate over the ten seconds before the current one, which is still filling. */
    synchronized double perSecond() {
        long now = clock.millis() / 1000;
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            if (seconds[i] < now && seconds[i] >= now - WINDOW_SECONDS) {
                total += counts[i];
            }
        }
        return total / (double) WINDOW_SECONDS;
    }
}
