package dev.plaza.federation.outbox;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids for posts and reactions, chosen before they are stored so that their URIs can go into the
 * documents written in the same transaction. Like Mastodon's, they grow with time (milliseconds in
 * the high bits, a sequence in the low 16), so sorting by id sorts by time.
 */
final class PostIds {

    private final Clock clock;
    private final AtomicLong last = new AtomicLong();

    PostIds(Clock clock) {
        this.clock = clock;
    }

    long next() {
        long candidate = clock.millis() << 16;
        return last.updateAndGet(previous -> Math.max(previous + 1, candidate));
    }
}
