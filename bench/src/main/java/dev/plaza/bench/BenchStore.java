package dev.plaza.bench;

import dev.plaza.core.secrets.SecretBox;
import dev.plaza.store.PlazaStore;
import dev.plaza.store.StoreSettings;
import dev.plaza.store.embedded.EmbeddedPostgres;
import dev.plaza.store.embedded.EmbeddedSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store a benchmark measures: Plaza's own embedded PostgreSQL under {@code home}, durable as a
 * real installation is. {@code -Dplaza.bench.fsync=off} starts it without fsync instead, to measure
 * what durability costs; figures taken that way are never the benchmark's result.
 * {@code -Dplaza.bench.statements=true} loads {@code pg_stat_statements} into the durable server, for
 * {@link StatementStats} to say where PostgreSQL's time went.
 */
final class BenchStore {

    private static final String SECRET = "bench-secret-key-0123456789";

    private BenchStore() {
    }

    static PlazaStore open(Path home) {
        boolean durable = !"off".equals(System.getProperty("plaza.bench.fsync"));
        if (durable && !StatementStats.wanted()) {
            return PlazaStore.open(new StoreSettings(Optional.empty(), home, SECRET));
        }
        if (!durable) {
            System.out.println("fsync OFF (-Dplaza.bench.fsync=off): not a durable store; for comparison only");
        }
        Path root = home.toAbsolutePath().resolve("postgres");
        EmbeddedPostgres server = EmbeddedPostgres.start(new EmbeddedSettings(root, root.resolve("data"), durable,
                StatementStats.wanted() ? StatementStats.SERVER_CONFIG : Map.of()));
        try {
            server.createDatabase("plaza");
            return PlazaStore.onJdbcUrl(server.jdbcUrl("plaza"), durable ? "embedded" : "embedded without fsync", new SecretBox(SECRET),
                    List.of(server));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }
}
