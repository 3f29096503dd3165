package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.store.testing.Batches;
import dev.plaza.store.testing.TestStore;
import dev.plaza.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The engagement job reads every month at start and once a day, and in between only the months that changed. */
class EngagementRollupsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-02-10T09:00:00Z");

    @Test
    void everyMonthAtStartAndDailyTheChangedOnesInBetween() {
        long w = db.newWorkspace().id();
        SeenIdentity ana = Batches.account("ana", "social.example");
        db.store().ingest().ingest(w, new IngestBatch(List.of(ana), List.of(
                Batches.post("https://social.example/p/1", ana, T0, "February"),
                Batches.post("https://social.example/p/2", ana, T0.plus(Duration.ofDays(30)), "March")), Optional.empty()), Progress.NONE);
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
        try (EngagementRollups rollups = new EngagementRollups(db.store(), clock, Duration.ofHours(1))) {
            int atStart = rollups.recomputeAll();
            assertThat(atStart).as("every workspace's every month, this one's two among them").isGreaterThanOrEqualTo(2);
            assertThat(db.store().engagement().months(w, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1))).hasSize(2);

            assertThat(rollups.recomputeAll()).as("nothing changed").isZero();
            db.store().ingest().ingest(w, new IngestBatch(List.of(ana), List.of(
                    Batches.post("https://social.example/p/3", ana, T0.plusSeconds(60), "February again")), Optional.empty()), Progress.NONE);
            assertThat(rollups.recomputeAll()).as("February alone").isEqualTo(1);

            clock.advance(EngagementRollups.EVERY_MONTH_AGAIN_AFTER);
            assertThat(rollups.recomputeAll()).as("a day later, every month again").isEqualTo(atStart);
        }
    }
}
