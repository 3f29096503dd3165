package dev.plaza.channels.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.channels.ImportException;
import dev.plaza.channels.bluesky.Exports.Expected;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityFilter;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.activity.Totals;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.store.testing.TestStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real exports as the CLI and Settings import them: read, then one ingest into the real store. */
class BlueskyImportIntoStoreTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"paul_staging.repo.car", "fakermaker.repo.car"})
    void everyActivityLandsOnceByKindWithRepliesInTheConversationOfTheirThreadsRoot(String name) {
        long workspace = db.newWorkspace().id();
        Expected expected = Exports.expected(name);

        IngestResult first = importInto(workspace, Exports.file(name));

        assertThat(first.activities()).isEqualTo(expected.activities());
        assertThat(storedByKind(workspace)).isEqualTo(expected.kinds());
        assertThat(first.conversations()).isEqualTo(new HashSet<>(expected.rootOfReply().values()).size()).isPositive();
        expected.rootOfReply().forEach((reply, root) -> {
            Activity stored = db.store().activities().findByUri(workspace, reply).orElseThrow();
            assertThat(stored.conversationId()).as(reply).isPresent();
            assertThat(db.store().conversations().find(workspace, stored.conversationId().get()).orElseThrow().rootUri())
                    .as(reply).isEqualTo(root);
            db.store().activities().findByUri(workspace, root).ifPresent(ownRoot ->
                    assertThat(ownRoot.conversationId()).as(root).isEqualTo(stored.conversationId()));
        });
    }

    @Test
    void importingTheSameExportAgainAddsNothing() {
        long workspace = db.newWorkspace().id();
        Path car = Exports.file("paul_staging.repo.car");

        IngestResult first = importInto(workspace, car);
        Totals afterFirst = db.store().activities().totals(workspace);
        IngestResult second = importInto(workspace, car);

        assertThat(first.activities()).isEqualTo(Exports.expected("paul_staging.repo.car").activities());
        assertThat(first.people()).isPositive();
        assertThat(second).isEqualTo(IngestResult.NOTHING);
        assertThat(db.store().activities().totals(workspace)).isEqualTo(afterFirst);
    }

    @Test
    void aDamagedOrTruncatedExportWritesNothing() throws IOException {
        long workspace = db.newWorkspace().id();
        Path flipped = BadRepositoryTest.flipped(dir.resolve("flipped.car"), "TestFlight live");
        byte[] whole = Files.readAllBytes(Exports.file("fakermaker.repo.car"));
        Path truncated = Files.write(dir.resolve("truncated.car"), Arrays.copyOf(whole, whole.length - 40));
        Totals before = db.store().activities().totals(workspace);

        assertThatThrownBy(() -> importInto(workspace, flipped)).isInstanceOf(ImportException.class);
        assertThatThrownBy(() -> importInto(workspace, truncated)).isInstanceOf(ImportException.class);

        assertThat(db.store().activities().totals(workspace)).isEqualTo(before);
        assertThat(db.store().activities().list(workspace, ActivityFilter.ALL, PageRequest.first(1)).items()).isEmpty();
    }

    private static IngestResult importInto(long workspace, Path file) {
        BlueskyExport export = BlueskyImport.read(file, Progress.NONE);
        return db.store().ingest().ingest(workspace, export.batch(), Progress.NONE);
    }

    private static Map<ActivityKind, Integer> storedByKind(long workspace) {
        Map<ActivityKind, Integer> kinds = new EnumMap<>(ActivityKind.class);
        for (ActivityKind kind : ActivityKind.values()) {
            ActivityFilter filter = new ActivityFilter(Optional.empty(), Optional.empty(), Optional.of(kind), Optional.empty());
            int count = 0;
            Page<Activity> page = db.store().activities().list(workspace, filter, PageRequest.first(PageRequest.MAX_LIMIT));
            while (true) {
                count += page.items().size();
                if (page.nextCursor().isEmpty()) {
                    break;
                }
                page = db.store().activities().list(workspace, filter, PageRequest.after(page.nextCursor().get(), PageRequest.MAX_LIMIT));
            }
            if (count > 0) {
                kinds.put(kind, count);
            }
        }
        return kinds;
    }
}
