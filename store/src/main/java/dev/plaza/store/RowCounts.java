package dev.plaza.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Changes to counters kept in columns of one row per key ({@code conversation_sentiment}: negative,
 * neutral, positive per conversation; {@code advocate}: recommendations and answers per identity),
 * gathered over a round. Each row is made first, so the update's checks see the final counts.
 */
final class RowCounts {

    private final String table;
    private final String key;
    private final List<String> columns;
    private final Map<Long, long[]> changes = new HashMap<>();

    RowCounts(String table, String key, List<String> columns) {
        this.table = table;
        this.key = key;
        this.columns = List.copyOf(columns);
    }

    void add(long id, int column, int delta) {
        changes.computeIfAbsent(id, k -> new long[columns.size()])[column] += delta;
    }

    /** @param insertColumns the row's other columns, as SQL over {@code u.id}, for the row a key gets when it has none */
    void write(Handle handle, String insertColumns, String insertValues) {
        List<Long> ids = changes.entrySet().stream().filter(e -> java.util.Arrays.stream(e.getValue()).anyMatch(v -> v != 0))
                .map(Map.Entry::getKey).toList();
        if (ids.isEmpty()) {
            return;
        }
        Long[] idArray = ids.toArray(Long[]::new);
        handle.createUpdate("INSERT INTO %s (%s%s) SELECT u.id%s FROM unnest(:ids::bigint[]) AS u(id) ON CONFLICT DO NOTHING"
                        .formatted(table, key, insertColumns.isEmpty() ? "" : ", " + insertColumns,
                                insertValues.isEmpty() ? "" : ", " + insertValues))
                .bind("ids", idArray).execute();
        CounterColumns counters = CounterColumns.of(columns, "t", "int");
        var update = handle.createUpdate("UPDATE %s t SET %s FROM unnest(:ids::bigint[]%s) AS u(id%s) WHERE t.%s = u.id"
                        .formatted(table, counters.set(), counters.arrays(), counters.names(), key))
                .bind("ids", idArray);
        for (int c = 0; c < columns.size(); c++) {
            int column = c;
            update.bind("c" + c, ids.stream().map(id -> (int) changes.get(id)[column]).toArray(Integer[]::new));
        }
        update.execute();
    }
}
