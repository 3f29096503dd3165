package dev.plaza.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.ingest.Progress;
import dev.plaza.store.PlazaStore;
import dev.plaza.store.StoreSettings;
import dev.plaza.store.testing.Batches;
import dev.plaza.core.ingest.IngestBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @TempDir
    Path home;

    @Test
    void dataSurvivesARestartOfTheEmbeddedServer() {
        StoreSettings settings = new StoreSettings(Optional.empty(), home, "a-secret-key-for-tests");
        long workspace;
        try (PlazaStore store = PlazaStore.open(settings)) {
            workspace = store.workspaces().defaultWorkspace().id();
            var brand = Batches.account("brand", "plaza.example");
            store.ingest().ingest(workspace, new IngestBatch(List.of(brand), List.of(
                    Batches.post("https://plaza.example/p/1", brand, Instant.parse("2026-01-01T00:00:00Z"), "hi")),
                    Optional.empty()), Progress.NONE);
        }
        assertThat(home.resolve("postgres/data/postmaster.pid")).doesNotExist();

        try (PlazaStore store = PlazaStore.open(settings)) {
            assertThat(store.workspaces().defaultWorkspace().id()).isEqualTo(workspace);
            assertThat(store.activities().findByUri(workspace, "https://plaza.example/p/1")).isPresent();
        }
    }

    @Test
    void aServerLeftBehindByAKilledProcessIsStoppedAndTheDataKept() throws Exception {
        EmbeddedSettings settings = EmbeddedSettings.underHome(home);
        EmbeddedPostgres first = EmbeddedPostgres.start(settings);
        first.createDatabase("kept");
        // Simulate kill -9 of the owning JVM: the owner file names a process that no longer exists.
        Files.writeString(home.resolve("postgres/data.owner"), "2147483646");

        try (EmbeddedPostgres second = EmbeddedPostgres.start(settings)) {
            assertThat(second.databaseExists("kept")).isTrue();
            assertThat(second.port()).isNotEqualTo(first.port());
        }
    }

    @Test
    void aSecondPlazaProcessSharesTheServerThatTheFirstRuns() throws Exception {
        EmbeddedSettings settings = EmbeddedSettings.underHome(home);
        Process otherPlaza = new ProcessBuilder("sleep", "60").start();
        try (EmbeddedPostgres first = EmbeddedPostgres.start(settings)) {
            Files.writeString(home.resolve("postgres/data.owner"), Long.toString(otherPlaza.pid()));

            EmbeddedPostgres second = EmbeddedPostgres.start(settings);
            second.close();

            assertThat(second.port()).isEqualTo(first.port());
            assertThat(first.databaseExists("postgres")).isTrue(); // closing the sharer left the server running
        } finally {
            otherPlaza.destroy();
        }
    }
}
