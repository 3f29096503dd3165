package dev.plaza.app;

import dev.plaza.core.Store;
import dev.plaza.core.community.Workspace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every workspace's engagement (levels, movement, retention, relationship) and word of mouth up
 * to date: every {@code every}, the months whose activities changed are read again, and the year's and
 * the latest two months' word of mouth counted from the cascades kept as echoes arrive; once a day, and at
 * start, every month, and whom each echo reached, so that people merged or parted since are counted as
 * they are now.
 */
final class EngagementRollups implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EngagementRollups.class);
    static final Duration EVERY_MONTH_AGAIN_AFTER = Duration.ofDays(1);

    private final Store store;
    private final Clock clock;
    private final BackgroundLoop loop;
    private Instant lastFullPass = Instant.MIN;

    EngagementRollups(Store store, Clock clock, Duration every) {
        this.store = store;
        this.clock = clock;
        this.loop = new BackgroundLoop("engagement-rollups", every, () -> recomputeAll(),
                e -> LOG.warn("could not bring engagement up to date: {}", e.getMessage()));
    }

    EngagementRollups start() {
        loop.start();
        return this;
    }

    /** Returns the months read again, over all workspaces. */
    int recomputeAll() {
        Instant now = clock.instant();
        int read = 0;
        boolean everyMonth = !now.isBefore(lastFullPass.plus(EVERY_MONTH_AGAIN_AFTER));
        for (Workspace workspace : store.workspaces().list()) {
            if (loop.stopping()) {
                return read;
            }
            int months = store.engagement().recompute(workspace.id(), everyMonth);
            if (everyMonth) {
                store.wordOfMouth().recountPeople(workspace.id());
            }
            if (months > 0) {
                LOG.debug("engagement of workspace {}: {} months read again", workspace.id(), months);
                store.wordOfMouth().keep(workspace.id(), everyMonth ? 12 : 2, now);
            }
            read += months;
        }
        if (everyMonth) {
            lastFullPass = now;
        }
        return read;
    }

    @Override
    public void close() {
        loop.close(); // a pass cut short rolls back: the last one stays in place
    }
}
