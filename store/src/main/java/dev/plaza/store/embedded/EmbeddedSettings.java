package dev.plaza.store.embedded;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded server's binaries are cached and its data kept. {@code durable=false} trades
 * crash safety for speed (fsync off): for tests and benchmarks, never for a real community.
 */
public record EmbeddedSettings(Path binariesCache, Path dataDir, boolean durable, Map<String, String> serverConfig) {

    public EmbeddedSettings {
        requireNonNull(binariesCache, "binariesCache");
        requireNonNull(dataDir, "dataDir");
        serverConfig = Map.copyOf(serverConfig);
    }

    /** Plaza's own layout under its home folder: binaries in postgres/, the cluster in postgres/data. */
    public static EmbeddedSettings underHome(Path home) {
        Path root = home.toAbsolutePath().resolve("postgres");
        return new EmbeddedSettings(root, root.resolve("data"), true, Map.of());
    }
}
