package dev.plaza.channels.mastodon;

import static dev.plaza.channels.mastodon.MastodonArchiveTest.ALICE;
import static dev.plaza.channels.mastodon.MastodonArchiveTest.ALICE_POST;
import static dev.plaza.channels.mastodon.TestArchive.archive;
import static dev.plaza.channels.mastodon.TestArchive.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.channels.ImportException;
import dev.plaza.core.activity.Totals;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Progress;
import dev.plaza.store.testing.TestStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The archive as the CLI and Settings import it: read, then one ingest into the real store. */
class MastodonImportIntoStoreTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    @TempDir
    Path dir;

    @Test
    void importingTheSameArchiveTwiceAddsNothingTheSecondTime() {
        long workspace = db.newWorkspace().id();
        Path zip = MastodonArchiveTest.sample().write(dir.resolve("archive.zip"));

        IngestResult first = importInto(workspace, zip);
        IngestResult second = importInto(workspace, zip);

        assertThat(first.summary()).isEqualTo("imported 5 activities, 2 people, 1 conversations");
        assertThat(second).isEqualTo(IngestResult.NOTHING);
        assertThat(db.store().activities().totals(workspace).activities()).isEqualTo(5);
    }

    @Test
    void anAccountMentionedInPostsAndListedInACsvIsOnePerson() {
        long workspace = db.newWorkspace().id();
        Path zip = archive()
                .post(1, "2024-03-01T10:00:00Z", "<p>hi @alice</p>", mention("@alice@social.example", ALICE))
                .entry("following_accounts.csv", "Account address,Show boosts,Notify on new posts,Languages\n"
                        + "alice@social.example,true,false,\n")
                .write(dir.resolve("archive.zip"));

        IngestResult result = importInto(workspace, zip);

        assertThat(result.identities()).isEqualTo(3);
        assertThat(result.people()).isEqualTo(2);
    }

    @Test
    void aBadArchiveWritesNothing() throws IOException {
        long workspace = db.newWorkspace().id();
        Path good = MastodonArchiveTest.sample().reply(4, "2024-03-04T10:00:00Z", "<p>more</p>", ALICE_POST)
                .write(dir.resolve("good.zip"));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length - 40));
        Totals before = db.store().activities().totals(workspace);

        assertThatThrownBy(() -> importInto(workspace, truncated)).isInstanceOf(ImportException.class);

        assertThat(db.store().activities().totals(workspace)).isEqualTo(before);
    }

    private static IngestResult importInto(long workspace, Path file) {
        MastodonArchive archive = MastodonImport.read(file, Progress.NONE);
        return db.store().ingest().ingest(workspace, archive.batch(), Progress.NONE);
    }
}
