package dev.plaza.atproto.jetstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compressed events inflated with the configured dictionary, and never past the limit. */
class ZstdDictionaryTest {

    private static final int LIMIT = 64 * 1024;
    private static final TrainedDictionary TRAINED = TrainedDictionary.onPosts("plaza");

    @Test
    void anEventCompressedWithTheDictionaryComesBackWhole(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("zstd_dictionary"), TRAINED.bytes());
        byte[] event = JetstreamJson.bytes(JetstreamJson.post(JetstreamJson.FIRST_TIME_US));
        byte[] compressed = TRAINED.compress(event);

        assertThat(compressed.length).as("the dictionary pays its way").isLessThan(event.length / 2);
        assertThat(ZstdDictionary.read(file).decompress(compressed, LIMIT)).isEqualTo(event);
    }

    @Test
    void aZstdBombIsRefusedOnceItInflatesPastTheLimit() {
        byte[] bomb = TRAINED.compress(new byte[64 * 1024 * 1024]);

        assertThat(bomb.length).isLessThan(16 * 1024);
        assertThatThrownBy(() -> TRAINED.forListener().decompress(bomb, LIMIT)).isInstanceOf(AtprotoException.class)
                .hasMessage("a compressed event of %d bytes inflates past the limit of %d bytes; refused".formatted(bomb.length, LIMIT));
    }

    @Test
    void anEventCompressedWithAnotherDictionaryIsRefusedNamingBoth() {
        TrainedDictionary other = TrainedDictionary.onPosts("elsewhere");
        byte[] compressed = other.compress(JetstreamJson.bytes(JetstreamJson.post(JetstreamJson.FIRST_TIME_US)));

        assertThatThrownBy(() -> TRAINED.forListener().decompress(compressed, LIMIT)).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("was compressed with zstd dictionary", "not with the configured dictionary");
    }

    @Test
    void whatIsNoZstdAtAllIsRefused() {
        assertThatThrownBy(() -> TRAINED.forListener().decompress("{\"kind\":\"commit\"}".getBytes(), LIMIT))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("does not decompress with the zstd dictionary");
    }

    @Test
    void aDictionaryFileMustExistAndHoldSomething(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty"));

        assertThatThrownBy(() -> ZstdDictionary.read(dir.resolve("missing"))).isInstanceOf(AtprotoException.class)
                .hasMessageContaining("could not be read");
        assertThatThrownBy(() -> ZstdDictionary.read(empty)).isInstanceOf(AtprotoException.class).hasMessageContaining("is empty");
    }
}
