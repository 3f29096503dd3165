package dev.plaza.atproto.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The atproto interop Lexicon fixtures, read where they lie. */
final class LexiconVectors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LexiconVectors() {
    }

    /** A named case: a schema document, or record data with the key it is stored under. */
    record Case(String name, JsonNode json) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases(String fileName, String field) {
        JsonNode cases = read(folder().resolve(fileName));
        return Stream.iterate(0, i -> i < cases.size(), i -> i + 1)
                .map(cases::get)
                .map(node -> new Case(node.get("name").asText(), field.isEmpty() ? node : node.get(field)))
                .toList();
    }

    static List<JsonNode> catalogDocuments() {
        try (Stream<Path> files = Files.list(folder().resolve("catalog"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().map(LexiconVectors::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        return Path.of(System.getProperty("plaza.vectors"), "atproto-interop-tests", "lexicon");
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
