package dev.plaza.federation.vocab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Fedify's fixtures, read where they are (shared/vectors/activitypub-fedify), never copied. */
final class Fixtures {

    static final Path ROOT = Path.of(System.getProperty("plaza.vectors", "../shared/vectors"), "activitypub-fedify");

    private Fixtures() {
    }

    static byte[] read(String relative) {
        try {
            return Files.readAllBytes(ROOT.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every JSON document, as paths relative to the fixture folder with '/' separators. */
    static List<String> all() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(file -> file.toString().endsWith(".json"))
                    .map(file -> ROOT.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a context URL's document lies in the bundle: https://w3id.org/security/v1 → w3id.org/security/v1.json. */
    static Path contextFile(String url) {
        return ROOT.resolve(url.replaceFirst("^https?://", "") + ".json");
    }
}
