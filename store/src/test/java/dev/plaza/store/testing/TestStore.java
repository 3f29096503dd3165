package dev.plaza.store.testing;

import dev.plaza.core.Store;
import dev.plaza.core.community.Workspace;
import dev.plaza.core.secrets.SecretBox;
import dev.plaza.store.PlazaStore;
import dev.plaza.store.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, migrated database on the real embedded PostgreSQL for each test class. Register it as
 * {@code @RegisterExtension static final TestStore db = new TestStore();}. One server is shared by
 * every test class of a test run and stopped when the run ends.
 */
public final class TestStore implements BeforeAllCallback, AfterAllCallback {

    public static final String SECRET_KEY = "test-secret-key-0123456789";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestStore.class);

    private final AtomicInteger workspaces = new AtomicInteger();
    private EmbeddedPostgres server;
    private String database;
    private PlazaStore store;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedServer.class, k -> SharedServer.start(), SharedServer.class).server();
        database = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        server.createDatabase(database);
        store = PlazaStore.onJdbcUrl(server.jdbcUrl(database), "test database " + database, new SecretBox(SECRET_KEY),
                List.of());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (store != null) {
            store.close();
        }
        if (database != null) {
            server.dropDatabase(database);
        }
    }

    public Store store() {
        return requireStarted();
    }

    public PlazaStore plazaStore() {
        return requireStarted();
    }

    /** A new workspace, different for each call, so tests in one class do not see each other's data. */
    public Workspace newWorkspace() {
        int n = workspaces.incrementAndGet();
        return requireStarted().workspaces().create("test-" + n, "Test workspace " + n, false);
    }

    public String jdbcUrl() {
        requireStarted();
        return server.jdbcUrl(database);
    }

    private PlazaStore requireStarted() {
        if (store == null) {
            throw new IllegalStateException("TestStore is not started: register it as a static @RegisterExtension field");
        }
        return store;
    }
}
