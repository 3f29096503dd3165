package dev.plaza.store;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Changes to counters kept per identity and one more key ({@code identity_month}: per month;
 * {@code identity_response}: per response time), gathered over a scoring round and written in two
 * statements: the rows a round touches are made first, so the update's checks see the final counts.
 */
final class IdentityCounts {

    private record Key(long identityId, String part) {
    }

    private static final Comparator<Key> LOCK_ORDER = Comparator.comparingLong(Key::identityId).thenComparing(Key::part);

    private final String table;
    private final String partColumn;
    private final String partType;
    private final List<String> columns;
    private final Map<Key, long[]> changes = new HashMap<>();

    /** @param partType the SQL type of {@code partColumn}, whose values are added as text */
    IdentityCounts(String table, String partColumn, String partType, List<String> columns) {
        this.table = table;
        this.partColumn = partColumn;
        this.partType = partType;
        this.columns = List.copyOf(columns);
    }

    void add(long identityId, String part, int column, int delta) {
        changes.computeIfAbsent(new Key(identityId, part), k -> new long[columns.size()])[column] += delta;
    }

    void write(Handle handle) {
        // the same order in every round, so that two rounds never wait for each other's rows crosswise
        List<Key> keys = changes.entrySet().stream().filter(e -> Arrays.stream(e.getValue()).anyMatch(v -> v != 0))
                .map(Map.Entry::getKey).sorted(LOCK_ORDER).toList();
        if (keys.isEmpty()) {
            return;
        }
        Long[] identities = keys.stream().map(Key::identityId).toArray(Long[]::new);
        String[] parts = keys.stream().map(Key::part).toArray(String[]::new);
        handle.createUpdate("""
                        INSERT INTO %s (identity_id, %s) SELECT * FROM unnest(:identities::bigint[], :parts::%s[])
                        ON CONFLICT DO NOTHING""".formatted(table, partColumn, partType))
                .bind("identities", identities).bind("parts", parts).execute();
        CounterColumns counters = CounterColumns.of(columns, "t", "int");
        var update = handle.createUpdate("""
                        UPDATE %1$s t SET %2$s FROM unnest(:identities::bigint[], :parts::%3$s[]%4$s) AS u(id, part%5$s)
                        WHERE t.identity_id = u.id AND t.%6$s = u.part""".formatted(table, counters.set(), partType, counters.arrays(),
                        counters.names(), partColumn))
                .bind("identities", identities).bind("parts", parts);
        for (int c = 0; c < columns.size(); c++) {
            int column = c;
            update.bind("c" + c, keys.stream().map(k -> (int) changes.get(k)[column]).toArray(Integer[]::new));
        }
        update.execute();
    }
}
