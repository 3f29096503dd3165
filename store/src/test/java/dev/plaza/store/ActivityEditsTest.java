package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ActivityEditsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
    private final SeenIdentity ana = account("ana", "social.example");
    private final SeenIdentity ben = account("ben", "other.example");

    private long workspaceWithAThread() {
        long w = db.newWorkspace().id();
        db.store().ingest().ingest(w, new IngestBatch(List.of(ana, ben), List.of(
                post("https://social.example/p/1", ana, T0, "first version"),
                reply("https://other.example/p/2", ben, T0.plusSeconds(60), "nice", "https://social.example/p/1")),
                Optional.empty()), Progress.NONE);
        return w;
    }

    @Test
    void onlyTheAuthorEditsAndOnlyANewerVersionWins() {
        long w = workspaceWithAThread();
        String uri = "https://social.example/p/1";

        assertThat(db.store().activities().edit(w, uri, ben.stableId(), "hijacked", Optional.empty(), T0.plusSeconds(5)))
                .isFalse();
        assertThat(db.store().activities().edit(w, uri, ana.stableId(), "second version", Optional.of("de"),
                T0.plusSeconds(10))).isTrue();
        assertThat(db.store().activities().edit(w, uri, ana.stableId(), "stale version", Optional.empty(),
                T0.plusSeconds(7))).as("an older Update arriving late").isFalse();

        var stored = db.store().activities().findByUri(w, uri).orElseThrow();
        assertThat(stored.text()).isEqualTo("second version");
        assertThat(stored.language()).contains("de");
    }

    @Test
    void aDeletedPostLosesItsTextButStaysInItsThread() {
        long w = workspaceWithAThread();
        String uri = "https://social.example/p/1";

        assertThat(db.store().activities().delete(w, uri, ben.stableId(), T0.plusSeconds(90))).isFalse();
        assertThat(db.store().activities().delete(w, uri, ana.stableId(), T0.plusSeconds(90))).isTrue();
        assertThat(db.store().activities().edit(w, uri, ana.stableId(), "back from the dead", Optional.empty(),
                T0.plusSeconds(99))).isFalse();

        var root = db.store().activities().findByUri(w, uri).orElseThrow();
        assertThat(root.text()).isEmpty();
        assertThat(db.store().conversations().thread(w, root.conversationId().orElseThrow())).hasSize(2);
        assertThat(db.store().activities().totals(w).activities()).isEqualTo(2);
    }
}
