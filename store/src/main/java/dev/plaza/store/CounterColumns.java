package dev.plaza.store;

import java.util.List;

/**
 * The SQL that adds a round's changes to counter columns from parallel arrays, {@code u.c0},
 * {@code u.c1}, …, bound as {@code :c0}, {@code :c1}, …: for {@link RowCounts} and {@link MeasureCounts}.
 */
record CounterColumns(String set, String arrays, String names) {

    /** @param table the alias of the table updated */
    static CounterColumns of(List<String> columns, String table, String type) {
        StringBuilder set = new StringBuilder();
        StringBuilder arrays = new StringBuilder();
        StringBuilder names = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            set.append(c == 0 ? "" : ", ").append(columns.get(c)).append(" = ").append(table).append('.').append(columns.get(c))
                    .append(" + u.c").append(c);
            arrays.append(", :c").append(c).append("::").append(type).append("[]");
            names.append(", c").append(c);
        }
        return new CounterColumns(set.toString(), arrays.toString(), names.toString());
    }
}
