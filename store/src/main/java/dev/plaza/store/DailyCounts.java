package dev.plaza.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Changes to a daily rollup of one class per row ({@code sentiment_daily}, {@code advocacy_daily}:
 * workspace, day, platform, class, count), gathered over a round and written in two statements: the
 * counts that grow are inserted or added to, those that shrink (which exist) taken from, as
 * PostgreSQL checks {@code count >= 0} on the row an INSERT proposes before it finds the conflict.
 */
final class DailyCounts {

    private record Key(long workspaceId, LocalDate day, String platform, int value) {
    }

    private final String table;
    private final String column;
    private final Map<Key, Long> changes = new HashMap<>();

    DailyCounts(String table, String column) {
        this.table = table;
        this.column = column;
    }

    void add(long workspaceId, Instant at, String platform, int value, int delta) {
        changes.merge(new Key(workspaceId, LocalDate.ofInstant(at, ZoneOffset.UTC), platform, value), (long) delta, Long::sum);
    }

    void write(Handle handle) {
        List<Key> grown = changes.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        List<Key> shrunk = changes.entrySet().stream().filter(e -> e.getValue() < 0).map(Map.Entry::getKey).toList();
        if (!grown.isEmpty()) {
            bind(handle.createUpdate("""
                            INSERT INTO %1$s (workspace_id, day, platform, %2$s, count)
                            SELECT * FROM unnest(:workspaces::bigint[], :days::date[], :platforms::text[], :values::smallint[],
                                                 :counts::bigint[])
                            ON CONFLICT (workspace_id, day, platform, %2$s) DO UPDATE SET count = %1$s.count + excluded.count"""
                    .formatted(table, column)), grown).execute();
        }
        if (!shrunk.isEmpty()) {
            bind(handle.createUpdate("""
                            UPDATE %1$s d SET count = d.count + u.n
                            FROM unnest(:workspaces::bigint[], :days::date[], :platforms::text[], :values::smallint[],
                                        :counts::bigint[]) AS u(w, day, platform, value, n)
                            WHERE d.workspace_id = u.w AND d.day = u.day AND d.platform = u.platform AND d.%2$s = u.value"""
                    .formatted(table, column)), shrunk).execute();
        }
    }

    /** One row of a daily rollup as read back: what the caller makes of day, platform, class and count. */
    interface Row<T> {
        T of(LocalDate day, dev.plaza.core.community.Platform platform, int value, long count);
    }

    /** The rollup's non-zero rows of a workspace from {@code from} to {@code to}, by day, platform and class. */
    static <T> List<T> read(org.jdbi.v3.core.Jdbi jdbi, String table, String column, long workspaceId, LocalDate from, LocalDate to,
                            Row<T> row) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT day, platform, %2$s AS value, count FROM %1$s
                        WHERE workspace_id = :w AND day BETWEEN :from AND :to AND count > 0 ORDER BY day, platform, %2$s"""
                        .formatted(table, column))
                .bind("w", workspaceId).bind("from", from).bind("to", to)
                .map((rs, ctx) -> row.of(rs.getObject("day", LocalDate.class),
                        dev.plaza.core.community.Platform.fromKey(rs.getString("platform")), rs.getInt("value"), rs.getLong("count")))
                .list());
    }

    private Update bind(Update update, List<Key> keys) {
        return update.bind("workspaces", keys.stream().map(Key::workspaceId).toArray(Long[]::new))
                .bind("days", keys.stream().map(k -> k.day().toString()).toArray(String[]::new))
                .bind("platforms", keys.stream().map(Key::platform).toArray(String[]::new))
                .bind("values", keys.stream().map(Key::value).toArray(Integer[]::new))
                .bind("counts", keys.stream().map(changes::get).toArray(Long[]::new));
    }
}
