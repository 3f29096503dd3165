package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.channels.ImportException;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.Progress;
import dev.plaza.store.testing.TestStore;
import dev.plaza.web.RepositoryCar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BlueskyRepositoryImporterTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    @TempDir
    Path dir;

    @Test
    void theRepositorysAccountBecomesAnOwnedBlueskyChannelThatMarksEveryActivity() throws Exception {
        long w = db.newWorkspace().id();
        Path car = Files.write(dir.resolve("brand.car"), RepositoryCar.sample());

        var imported = new BlueskyRepositoryImporter(db.store()).importRepository(w, car, Progress.NONE);

        assertThat(imported.stored().activities()).isEqualTo(4);
        assertThat(imported.export().skipped()).containsExactly(Map.entry("app.bsky.graph.block", 1));
        var channel = db.store().channels().list(w).getFirst();
        assertThat(channel.platform()).isEqualTo(Platform.BLUESKY);
        assertThat(channel.handle()).isEqualTo(RepositoryCar.DID);
        assertThat(channel.kind()).isEqualTo(ChannelKind.OWNED);
        var post = db.store().activities().findByUri(w, RepositoryCar.POST).orElseThrow();
        assertThat(post.kind()).isEqualTo(ActivityKind.POST);
        assertThat(post.platform()).isEqualTo(Platform.BLUESKY);
        assertThat(post.channelId()).contains(channel.id());
    }

    @Test
    void settingsImportsTakeABlueskyRepositoryAsWellAsAMastodonArchive() throws Exception {
        long w = db.newWorkspace().id();
        Path car = Files.write(dir.resolve("brand.car"), RepositoryCar.sample());

        String summary = new ArchiveImports(db.store()).importBluesky(w, car, Progress.NONE);

        assertThat(summary).isEqualTo("imported 4 activities, 2 people, 1 conversations; "
                + "skipped 1 record of other kinds (app.bsky.graph.block)");
    }

    @Test
    void aFileThatIsNoRepositoryIsRefusedAndAddsNoChannel() throws Exception {
        long w = db.newWorkspace().id();
        Path notes = Files.writeString(dir.resolve("notes.car"), "just some notes");

        assertThatThrownBy(() -> new BlueskyRepositoryImporter(db.store()).importRepository(w, notes, Progress.NONE))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("notes.car is not a usable Bluesky repository export");
        assertThat(db.store().channels().list(w)).isEmpty();
    }
}
