package dev.plaza.atproto.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The atproto interop syntax fixtures: one case a line; '#' lines and empty lines are comments. */
final class SyntaxVectors {

    private SyntaxVectors() {
    }

    static List<String> read(String fileName) {
        Path file = Path.of(System.getProperty("plaza.vectors"), "atproto-interop-tests", "syntax", fileName);
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
