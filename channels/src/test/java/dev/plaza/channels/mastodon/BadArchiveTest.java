package dev.plaza.channels.mastodon;

import static dev.plaza.channels.mastodon.TestArchive.archive;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.channels.ImportException;
import dev.plaza.channels.archive.ZipLimits;
import dev.plaza.core.ingest.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadArchiveTest {

    @TempDir
    Path dir;

    @Test
    void aTruncatedZipIsNotAReadableZip() throws IOException {
        Path whole = MastodonArchiveTest.sample().write(dir.resolve("whole.zip"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> read(cut))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("cut.zip is not a readable zip: ");
    }

    @Test
    void damagedBytesInsideAnEntryAreCaughtByItsChecksum() throws IOException {
        Path zip = MastodonArchiveTest.sample().storedEntry("outbox.json").write(dir.resolve("damaged.zip"));
        byte[] bytes = Files.readAllBytes(zip);
        int at = indexOf(bytes, "hello".getBytes(StandardCharsets.US_ASCII), 0);
        bytes[at] = 'j';
        Files.write(zip, bytes);

        assertThatThrownBy(() -> read(zip))
                .isInstanceOf(ImportException.class)
                .hasMessage("damaged.zip is not a readable zip: entry 'outbox.json' is damaged (checksum mismatch). "
                        + "Download it again");
    }

    @Test
    void randomBytesAreNotAReadableZip() throws IOException {
        byte[] noise = new byte[2048];
        new java.util.Random(7).nextBytes(noise);
        Path zip = Files.write(dir.resolve("noise.zip"), noise);

        assertThatThrownBy(() -> read(zip))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("noise.zip is not a readable zip: ");
    }

    @Test
    void anEntryThatExpandsATthousandTimesIsAZipBomb() {
        Path zip = MastodonArchiveTest.sample().entry("media_attachments/files/1/original/zeros.png", new byte[32 << 20])
                .write(dir.resolve("bomb.zip"));

        assertThatThrownBy(() -> read(zip))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("bomb.zip looks like a zip bomb: entry 'media_attachments/files/1/original/zeros.png' expands ")
                .hasMessageContaining("the limit is 100 times");
    }

    @Test
    void anEntryWhoseHeaderUnderstatesItsSizeIsStoppedWhileInflating() throws IOException {
        String rows = "Friends,alice@social.example\n".repeat(200_000);
        Path zip = archive().entry("lists.csv", rows).write(dir.resolve("liar.zip"));
        byte[] bytes = Files.readAllBytes(zip);
        int central = indexOf(bytes, new byte[] {'P', 'K', 1, 2}, indexOf(bytes, "lists.csv".getBytes(StandardCharsets.US_ASCII), 0) + 1);
        while (!new String(bytes, central + 46, 9, StandardCharsets.US_ASCII).equals("lists.csv")) {
            central = indexOf(bytes, new byte[] {'P', 'K', 1, 2}, central + 4);
        }
        bytes[central + 24] = (byte) 0xe8;
        bytes[central + 25] = 0x03;
        bytes[central + 26] = 0;
        bytes[central + 27] = 0;
        Files.write(zip, bytes);

        assertThatThrownBy(() -> read(zip))
                .isInstanceOf(ImportException.class)
                .hasMessage("liar.zip looks like a zip bomb: entry 'lists.csv' inflates past the 1,000 bytes its header "
                        + "declares. Nothing was imported");
    }

    @Test
    void moreEntriesThanTheLimitAreRefused() {
        TestArchive many = MastodonArchiveTest.sample();
        for (int i = 0; i < 20; i++) {
            many.entry("media_attachments/files/" + i + ".png", new byte[] {1});
        }
        Path zip = many.write(dir.resolve("many.zip"));

        assertThatThrownBy(() -> MastodonImport.read(zip, Optional.empty(), ZipLimits.DEFAULTS.withMaxEntries(10), Progress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("many.zip has 24 entries; the limit is 10");
    }

    @Test
    void entriesLargerInTotalThanTheLimitAreRefused() {
        Path zip = MastodonArchiveTest.sample().entry("media_attachments/a.png", new byte[5000]).write(dir.resolve("big.zip"));

        assertThatThrownBy(() -> MastodonImport.read(zip, Optional.empty(), ZipLimits.DEFAULTS.withMaxTotalBytes(4000), Progress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("big.zip looks like a zip bomb: its entries expand to more than 4,000 bytes");
    }

    @Test
    void anEntryThatClimbsOutOfTheFolderIsRefusedByName() {
        Path zip = MastodonArchiveTest.sample().entry("../../.bashrc", "echo owned").write(dir.resolve("slip.zip"));

        assertThatThrownBy(() -> read(zip))
                .isInstanceOf(ImportException.class)
                .hasMessage("slip.zip has an unsafe entry '../../.bashrc' (a '..' segment): entry names must stay inside "
                        + "the archive. It was not made by Mastodon; nothing was imported");
    }

    @Test
    void absolutePathsAndBackslashesAreRefused() {
        Path absolute = MastodonArchiveTest.sample().entry("/etc/cron.d/x", "x").write(dir.resolve("abs.zip"));
        Path windows = MastodonArchiveTest.sample().entry("media\\..\\..\\x.png", "x").write(dir.resolve("win.zip"));

        assertThatThrownBy(() -> read(absolute)).isInstanceOf(ImportException.class)
                .hasMessageContaining("unsafe entry '/etc/cron.d/x' (an absolute path)");
        assertThatThrownBy(() -> read(windows)).isInstanceOf(ImportException.class)
                .hasMessageContaining("(a backslash)");
    }

    @Test
    void anOutboxThatIsNotAnOrderedCollectionIsRefused() {
        Path actorInstead = archive().entry("outbox.json", "{\"type\":\"Person\",\"id\":\"https://brand.example/users/plaza\"}")
                .write(dir.resolve("person.zip"));
        Path array = archive().entry("outbox.json", "[1,2,3]").write(dir.resolve("array.zip"));
        Path noItems = archive().entry("outbox.json", "{\"type\":\"OrderedCollection\",\"first\":\"https://x.example/p1\"}")
                .write(dir.resolve("paged.zip"));

        assertThatThrownBy(() -> read(actorInstead)).isInstanceOf(ImportException.class)
                .hasMessage("person.zip: outbox.json is not an ActivityStreams outbox (an ActivityStreams OrderedCollection "
                        + "with orderedItems, as Mastodon exports it): its type is \"Person\". Nothing was imported");
        assertThatThrownBy(() -> read(array)).isInstanceOf(ImportException.class)
                .hasMessageContaining("outbox.json is not an ActivityStreams outbox").hasMessageContaining("it is an array");
        assertThatThrownBy(() -> read(noItems)).isInstanceOf(ImportException.class)
                .hasMessageContaining("it has no \"orderedItems\"");
    }

    @Test
    void anOutboxThatIsNotJsonNamesWhereItBreaks() {
        Path zip = archive().entry("outbox.json", "{\"type\":\"OrderedCollection\",\n\"orderedItems\": [ {\"type\": }")
                .write(dir.resolve("broken.zip"));

        assertThatThrownBy(() -> read(zip)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("broken.zip: outbox.json is not valid JSON (line 2, column");
    }

    @Test
    void aZipWithoutOutboxListsWhatItHolds() {
        Path zip = archive().withoutOutbox().entry("notes.txt", "hi").write(dir.resolve("other.zip"));

        assertThatThrownBy(() -> read(zip)).isInstanceOf(ImportException.class)
                .hasMessage("other.zip is not a Mastodon archive: it has no outbox.json "
                        + "(found: likes.json, bookmarks.json, actor.json, notes.txt)");
    }

    @Test
    void anOldTarGzArchiveIsNamedForWhatItIs() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("not a tar".getBytes(StandardCharsets.US_ASCII));
        }
        Path tgz = Files.write(dir.resolve("archive.tar.gz"), bytes.toByteArray());

        assertThatThrownBy(() -> read(tgz)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("archive.tar.gz is a .tar.gz archive");
    }

    @Test
    void anActorThatIsNotAnActorIsRefused() {
        Path zip = archive().withoutActor().entry("actor.json", "{\"type\":\"Person\"}").write(dir.resolve("a.zip"));

        assertThatThrownBy(() -> read(zip)).isInstanceOf(ImportException.class)
                .hasMessage("a.zip: actor.json is not an ActivityPub actor: its \"id\" is not an http(s) URI. Nothing was imported");
    }

    private static void read(Path file) {
        MastodonImport.read(file, Progress.NONE);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
