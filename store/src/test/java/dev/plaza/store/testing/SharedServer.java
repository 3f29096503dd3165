package dev.plaza.store.testing;

import dev.plaza.store.embedded.EmbeddedPostgres;
import dev.plaza.store.embedded.EmbeddedSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** The embedded server of one test run: binaries cached across runs, data thrown away afterwards. */
record SharedServer(EmbeddedPostgres server, Path dataRoot) implements AutoCloseable {

    static SharedServer start() {
        try {
            Path dataRoot = Files.createTempDirectory("plaza-test-pg-");
            Path cache = Path.of(System.getProperty("java.io.tmpdir"), "plaza-postgres-cache");
            EmbeddedPostgres server = EmbeddedPostgres.start(
                    new EmbeddedSettings(cache, dataRoot.resolve("data"), false, Map.of("max_connections", "200")));
            return new SharedServer(server, dataRoot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> walk = Files.walk(dataRoot)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
