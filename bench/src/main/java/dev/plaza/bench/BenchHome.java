package dev.plaza.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a benchmark at scale keeps its store: {@code -Dplaza.bench.home=DIR}, kept for the next run of the
 * same size, or a temporary directory removed at the end.
 */
record BenchHome(Path dir, boolean kept) implements AutoCloseable {

    static BenchHome open(String tempPrefix) throws IOException {
        Optional<Path> kept = Optional.ofNullable(System.getProperty("plaza.bench.home")).map(Path::of);
        return kept.isPresent() ? new BenchHome(Files.createDirectories(kept.get()), true)
                : new BenchHome(Files.createTempDirectory(tempPrefix), false);
    }

    /** The marker a fill of {@code activities} leaves once it is complete. */
    Path filled(String name, int activities) {
        return dir.resolve(name + activities);
    }

    @Override
    public void close() {
        if (!kept) {
            TempDirs.delete(dir);
        }
    }
}
