package dev.plaza.app;

import dev.plaza.core.Store;
import dev.plaza.core.community.Workspace;
import dev.plaza.core.leaders.LeaderRanking;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ranks every workspace's leaders from its interaction graph at start and every {@code every} after:
 * a pass over the workspace's replies, mentions and boosts, so it runs in the background, and the
 * Leaders page reads the stored ranking.
 */
final class LeaderRankings implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LeaderRankings.class);
    static final int KEPT = 50;

    private final Store store;
    private final Clock clock;
    private final BackgroundLoop loop;

    LeaderRankings(Store store, Clock clock, Duration every) {
        this.store = store;
        this.clock = clock;
        this.loop = new BackgroundLoop("leader-rankings", every, this::rankAll,
                e -> LOG.warn("could not rank the leaders: {}", e.getMessage()));
    }

    LeaderRankings start() {
        loop.start();
        return this;
    }

    void rankAll() {
        for (Workspace workspace : store.workspaces().list()) {
            if (loop.stopping()) {
                return;
            }
            rank(workspace.id());
        }
    }

    void rank(long workspaceId) {
        store.leaders().replaceAll(workspaceId, LeaderRanking.rank(store.leaders().interactions(workspaceId), KEPT), clock.instant());
    }

    @Override
    public void close() {
        loop.close(); // a ranking cut short leaves the last one in place
    }
}
