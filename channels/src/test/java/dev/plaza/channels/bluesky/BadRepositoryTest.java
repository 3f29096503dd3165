package dev.plaza.channels.bluesky;

import static dev.plaza.channels.bluesky.TestRepository.repository;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.channels.ImportException;
import dev.plaza.channels.bluesky.TestRepository.Damage;
import dev.plaza.core.ingest.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not a whole, consistent repository export are refused whole, saying why. */
class BadRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aFlippedByteInARecordBreaksItsBlocksCid() throws IOException {
        Path car = flipped(dir.resolve("paul.car"), "Hello, world");

        assertThatThrownBy(() -> read(car))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("paul.car is not a usable Bluesky repository export: CAR refused in the section at byte ")
                .hasMessageContaining("does not hash to its CID")
                .hasMessageEndingWith("Nothing was imported");
    }

    @Test
    void aTruncatedExportEndsInsideABlock() throws IOException {
        byte[] whole = Files.readAllBytes(Exports.file("paul_staging.repo.car"));
        Path car = Files.write(dir.resolve("cut.car"), Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> read(car))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("cut.car is not a usable Bluesky repository export: ")
                .hasMessageContaining("the file ends inside the section");
    }

    @Test
    void aRecordTheTreeNamesButTheCarLacksIsRefused() {
        Path car = TestRepository.write(dir.resolve("partial.car"), sample().car(Damage.RECORD_LEFT_OUT));

        assertThatThrownBy(() -> read(car))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("partial.car is not a usable Bluesky repository export: the record ")
                .hasMessageContaining("is in the tree but not among the CAR's blocks");
    }

    @Test
    void aSliceOfARepositoryLacksTreeNodesAndIsRefused() {
        assertThatThrownBy(() -> read(Exports.file("repo_slice.car")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("is not among the blocks at hand");
    }

    @Test
    void aCommitThatDoesNotMatchItsTreeIsRefused() {
        Path car = TestRepository.write(dir.resolve("wrapped.car"), sample().car(Damage.TREE_UNDER_AN_EMPTY_NODE));

        assertThatThrownBy(() -> read(car))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("wrapped.car is not a usable Bluesky repository export: its commit does not match its tree: ");
    }

    @Test
    void aCarWhoseRootIsNoCommitIsNoRepository() {
        Path car = TestRepository.write(dir.resolve("post.car"), sample().carOfFirstRecordAlone());

        assertThatThrownBy(() -> read(car))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("post.car is not a usable Bluesky repository export: a commit lacks its ");
    }

    @Test
    void aFileThatIsNoCarIsRefused() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.car"), "just some notes");
        Path zip = Files.write(dir.resolve("archive.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        assertThatThrownBy(() -> read(notes))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("notes.car is not a usable Bluesky repository export: CAR refused");
        assertThatThrownBy(() -> read(zip))
                .isInstanceOf(ImportException.class)
                .hasMessage("archive.zip is a zip, not a Bluesky repository export (a .car file); "
                        + "a Mastodon archive is imported as one. Nothing was imported");
        assertThatThrownBy(() -> read(dir.resolve("missing.car")))
                .isInstanceOf(ImportException.class).hasMessageEndingWith("missing.car does not exist");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
        Path car = Exports.file("paul_staging.repo.car");

        assertThatThrownBy(() -> BlueskyImport.read(car, BlueskyImport.LIMITS.withMaxTotalBytes(100_000), Progress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessage("paul_staging.repo.car is 137,662 bytes; Plaza imports repository exports of up to 100,000 bytes. "
                        + "Nothing was imported");
    }

    /** A copy of paul_staging's export with one byte of {@code text} changed. */
    static Path flipped(Path copy, String text) throws IOException {
        byte[] bytes = Files.readAllBytes(Exports.file("paul_staging.repo.car"));
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + needle.length <= bytes.length; at++) {
            if (Arrays.equals(bytes, at, at + needle.length, needle, 0, needle.length)) {
                bytes[at] ^= 0x20;
                return Files.write(copy, bytes);
            }
        }
        throw new IllegalArgumentException("the export has no " + text);
    }

    private static TestRepository sample() {
        return repository().post("3l3qo2vutsa2b", "hello", "2024-09-10T08:00:00Z")
                .post("3l3qo2vutsb2b", "again", "2024-09-10T09:00:00Z");
    }

    private static void read(Path file) {
        BlueskyImport.read(file, Progress.NONE);
    }
}
