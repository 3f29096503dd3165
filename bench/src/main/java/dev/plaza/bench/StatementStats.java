package dev.plaza.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Where PostgreSQL spent its time, statement by statement ({@code pg_stat_statements}), when a
 * benchmark runs with {@code -Dplaza.bench.statements=true}: {@link #reset} before the timed runs,
 * {@link #print} after them. Execution times are the server's wall time per statement, so a COPY's
 * include the wait for the client's rows.
 */
final class StatementStats {

    static final Map<String, String> SERVER_CONFIG = Map.of("shared_preload_libraries", "pg_stat_statements",
            "pg_stat_statements.track", "all");

    private StatementStats() {
    }

    static boolean wanted() {
        return Boolean.getBoolean("plaza.bench.statements");
    }

    static void reset(DataSource database) {
        if (wanted()) {
            run(database, statement -> {
                statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                statement.execute("SELECT pg_stat_statements_reset()");
            });
        }
    }

    static void print(DataSource database, int top) {
        if (!wanted()) {
            return;
        }
        run(database, statement -> {
            System.out.printf("PostgreSQL's statements by execution time (calls, ms, rows):%n");
            try (ResultSet rows = statement.executeQuery("""
                    SELECT calls, round(total_exec_time::numeric, 1), rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 140)
                    FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT %d""".formatted(top))) {
                while (rows.next()) {
                    System.out.printf("  %,9d %10s ms %,10d  %s%n", rows.getLong(1), rows.getString(2), rows.getLong(3),
                            rows.getString(4));
                }
            }
        });
    }

    private interface Work {
        void on(Statement statement) throws SQLException;
    }

    private static void run(DataSource database, Work work) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            work.on(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements: " + e.getMessage(), e);
        }
    }
}
