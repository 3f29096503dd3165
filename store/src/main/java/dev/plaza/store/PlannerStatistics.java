package dev.plaza.store;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the planner's statistics in step with a workspace that grows fast. PostgreSQL analyzes a table
 * once a tenth of it has changed, and looks once a minute: a new workspace, or a new installation
 * catching up on a stream, stores for minutes under statistics that do not know it. The planner then
 * believes the workspace holds a row or two and finds a batch's URIs by reading all of the workspace's
 * activities through its date index, which grows slower with every batch (70 ms a statement at 10,000
 * activities). So the tables an ingest reads are analyzed whenever a workspace's activities stored
 * since the last analysis reach as many as it had then: at 1,000, 2,000, 4,000…, a dozen times on the
 * way to ten million. The analysis runs beside the ingests, one at a time, and only over the columns
 * an ingest's statements look rows up by, from a smaller sample: an activity's text and search vector
 * took most of a full analysis (3.7 s of CPU in a million-event run), and the searches plan without them.
 */
final class PlannerStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(PlannerStatistics.class);
    static final long FIRST_ANALYSIS = 1_000;
    /**
     * A sample of 6,000 rows a table (PostgreSQL's default takes 30,000): enough to know a workspace's share of
     * the rows and that URIs are unique, at a fifth of the cost; PostgreSQL's own analyses later use its default.
     */
    private static final int STATISTICS_TARGET = 20;
    private static final String ANALYZE = "ANALYZE activity (workspace_id, uri, author_identity_id, conversation_id),"
            + " conversation (workspace_id, root_uri), identity (workspace_id, platform, stable_id, person_id),"
            + " person (workspace_id), community_member (community_id, identity_id)";

    private final Jdbi jdbi;
    private final long first;
    private final ConcurrentMap<Long, Growth> growth = new ConcurrentHashMap<>();
    private final AtomicBoolean analyzing = new AtomicBoolean();
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong finished = new AtomicLong();

    PlannerStatistics(Jdbi jdbi) {
        this(jdbi, FIRST_ANALYSIS);
    }

    /** {@code first}: the activities a workspace stores before its first analysis. */
    PlannerStatistics(Jdbi jdbi, long first) {
        this.jdbi = jdbi;
        this.first = first;
    }

    /** How many activities the workspace had at its last analysis, and how many it stored since. */
    private static final class Growth {
        private long analyzedAt;
        private long since;

        Growth(long analyzedAt) {
            this.analyzedAt = analyzedAt;
        }
    }

    /** The workspace stored {@code activities} more; analyzes its tables if it has outgrown their statistics. */
    void stored(long workspaceId, long activities) {
        if (activities <= 0) {
            return;
        }
        Growth workspace = growth.computeIfAbsent(workspaceId, id -> new Growth(storedBefore(id, activities)));
        synchronized (workspace) {
            workspace.since += activities;
            if (workspace.since < Math.max(first, workspace.analyzedAt) || !analyzing.compareAndSet(false, true)) {
                return;
            }
            workspace.analyzedAt += workspace.since;
            workspace.since = 0;
        }
        started.incrementAndGet();
        Thread.ofVirtual().name("analyze-" + workspaceId).start(this::analyze);
    }

    /**
     * What the workspace held before this process first stored into it: the statistics PostgreSQL
     * gathered on its own by then are taken to know it.
     */
    private long storedBefore(long workspaceId, long justStored) {
        long total = jdbi.withHandle(h -> h.createQuery("SELECT coalesce(sum(count), 0) FROM activity_daily WHERE workspace_id = :w")
                .bind("w", workspaceId).mapTo(Long.class).one());
        return Math.max(0, total - justStored);
    }

    private void analyze() {
        try {
            long start = System.nanoTime();
            jdbi.useTransaction(h -> {
                h.execute("SET LOCAL default_statistics_target = " + STATISTICS_TARGET);
                h.execute(ANALYZE);
            });
            LOG.debug("analyzed the ingest tables in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("could not analyze the ingest tables (the planner keeps its older statistics): {}", e.getMessage());
        } finally {
            finished.incrementAndGet();
            analyzing.set(false);
        }
    }

    /** Analyses begun so far, and of them those done. */
    long analysesStarted() {
        return started.get();
    }

    long analysesFinished() {
        return finished.get();
    }
}
