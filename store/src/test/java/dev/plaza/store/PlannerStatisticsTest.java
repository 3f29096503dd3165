package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PlannerStatisticsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

    private final Jdbi jdbi = Jdbi.create(db.plazaStore().dataSource());

    @Test
    void aWorkspaceThatOutgrowsItsStatisticsIsAnalyzedAndThePlannerThenKnowsIt() throws InterruptedException {
        long w = db.newWorkspace().id();
        store(w, 300);
        PlannerStatistics statistics = new PlannerStatistics(jdbi, 200);

        statistics.stored(w, 300);

        assertThat(awaitKnown(w)).as("the workspace is among the planner's most common values of activity.workspace_id").isTrue();
    }

    @Test
    void aWorkspaceIsAnalyzedAgainOnlyOnceItDoubled() throws InterruptedException {
        long w = db.newWorkspace().id();
        PlannerStatistics statistics = new PlannerStatistics(jdbi, 200);

        store(w, 150);
        statistics.stored(w, 150);
        assertThat(statistics.analysesStarted()).as("150 stored of the first 200").isZero();
        store(w, 150);
        statistics.stored(w, 150);
        assertThat(statistics.analysesStarted()).isEqualTo(1);
        awaitFinished(statistics, 1);

        statistics.stored(w, 250);
        assertThat(statistics.analysesStarted()).as("250 stored of the 300 that double the 300 analyzed").isEqualTo(1);
        statistics.stored(w, 50);
        assertThat(statistics.analysesStarted()).isEqualTo(2);
        awaitFinished(statistics, 2);
    }

    @Test
    void aWorkspaceThatHadActivitiesBeforeIsTakenAsKnownToItsStatistics() throws InterruptedException {
        long w = db.newWorkspace().id();
        store(w, 400);
        PlannerStatistics statistics = new PlannerStatistics(jdbi, 200);

        statistics.stored(w, 100);
        statistics.stored(w, 150);
        assertThat(statistics.analysesStarted()).as("250 stored since the 300 held before").isZero();

        statistics.stored(w, 50);
        assertThat(statistics.analysesStarted()).isEqualTo(1);
        awaitFinished(statistics, 1);
    }

    private static void store(long w, int activities) {
        SeenIdentity alice = account("alice", "social.example");
        String batch = java.util.UUID.randomUUID().toString();
        List<IncomingActivity> posts = IntStream.range(0, activities)
                .mapToObj(i -> post("https://social.example/p/" + batch + "/" + i, alice, T0.plusSeconds(i), "post " + i)).toList();
        db.store().ingest().ingest(w, new IngestBatch(List.of(alice), posts, Optional.empty()), Progress.NONE);
    }

    private boolean awaitKnown(long w) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean known = jdbi.withHandle(h -> h.createQuery("""
                            SELECT coalesce(:w = ANY(most_common_vals::text::bigint[]), false) FROM pg_stats
                            WHERE schemaname = 'public' AND tablename = 'activity' AND attname = 'workspace_id'""")
                    .bind("w", w).mapTo(Boolean.class).findOne().orElse(false));
            if (known) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static void awaitFinished(PlannerStatistics statistics, long analyses) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (statistics.analysesFinished() < analyses && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(statistics.analysesFinished()).isEqualTo(analyses);
    }
}
