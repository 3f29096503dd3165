package dev.plaza.store.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own on the test server, migrated to an earlier version and filled as an earlier Plaza
 * left it, for a migration's test; dropped when closed. {@link #url()} opens it at the current version.
 */
public final class EarlierDatabase implements AutoCloseable {

    private final TestStore db;
    private final String name;
    private final String url;

    /** @param version the version to stop at (Flyway's target: "26?" lets it be missing) */
    public EarlierDatabase(TestStore db, String prefix, String version, String storedBefore) throws SQLException {
        this.db = db;
        this.name = prefix + "_" + System.nanoTime();
        this.url = db.jdbcUrl().replaceFirst("/[^/?]+\\?", "/" + name + "?");
        execute(db.jdbcUrl(), "CREATE DATABASE " + name);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load().migrate();
        execute(url, storedBefore);
    }

    public String url() {
        return url;
    }

    @Override
    public void close() throws SQLException {
        execute(db.jdbcUrl(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute(sql);
        }
    }
}
