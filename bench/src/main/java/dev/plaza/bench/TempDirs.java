package dev.plaza.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Removes what a benchmark left under its temporary directory (an embedded store's data, archives). */
final class TempDirs {

    private TempDirs() {
    }

    static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> paths = all.sorted(Comparator.reverseOrder()).toList();
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.printf("could not remove %s: %s%n", dir, e.getMessage());
        }
    }
}
