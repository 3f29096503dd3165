package dev.plaza.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;

/**
 * Bulk inserts, inside the caller's transaction: PostgreSQL's COPY in text format for many rows (an
 * order of magnitude faster than batched INSERTs for imports), and one INSERT of a JSON array for a
 * few (an inbox's group), where COPY's extra round trip and set-up per call cost more than the rows.
 */
final class PgCopy {

    private static final int ROWS_PER_COPY = 5_000;
    private static final int MAX_ROWS_AS_JSON = 500;

    private PgCopy() {
    }

    /** Copies rows into {@code table(columns)}; calls {@code afterChunk} with the rows done so far. */
    static void copy(Handle handle, String table, String columns, List<Object[]> rows, java.util.function.IntConsumer afterChunk) {
        PendingWrites now = new PendingWrites();
        copy(handle, now, table, columns, rows, afterChunk);
        now.flush(handle);
    }

    /**
     * As above, a few rows as one more of the {@code pending} writes; many rows by COPY at once, after
     * the writes pending before them.
     */
    static void copy(Handle handle, PendingWrites pending, String table, String columns, List<Object[]> rows,
                     java.util.function.IntConsumer afterChunk) {
        if (rows.isEmpty()) {
            return;
        }
        if (rows.size() <= MAX_ROWS_AS_JSON) {
            pending.add(insertAsJson(table, columns), Map.of("rows", json(table, columns, rows)));
            afterChunk.accept(rows.size());
            return;
        }
        pending.flush(handle);
        try {
            var copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI();
            String sql = "COPY " + table + " (" + columns + ") FROM STDIN";
            for (int start = 0; start < rows.size(); start += ROWS_PER_COPY) {
                int end = Math.min(rows.size(), start + ROWS_PER_COPY);
                StringBuilder text = new StringBuilder(256 * (end - start));
                for (Object[] row : rows.subList(start, end)) {
                    appendRow(text, row);
                }
                copy.copyIn(sql, new StringReader(text.toString()));
                afterChunk.accept(end);
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("bulk insert into %s failed: %s".formatted(table, e.getMessage()), e);
        }
    }

    /** The columns' types come from the table's row type, so the rows need no casts of their own. */
    private static String insertAsJson(String table, String columns) {
        return "INSERT INTO %s (%s) SELECT %s FROM json_populate_recordset(NULL::%s, :rows::json)".formatted(table, columns, columns,
                table);
    }

    private static String json(String table, String columns, List<Object[]> rows) {
        String[] names = columns.split(",\\s*");
        StringBuilder json = new StringBuilder(256 * rows.size()).append('[');
        for (Object[] row : rows) {
            if (row.length != names.length) {
                throw new IllegalArgumentException("a row for %s has %d values for %d columns".formatted(table, row.length, names.length));
            }
            json.append(json.length() == 1 ? "{" : ",{");
            for (int i = 0; i < row.length; i++) {
                json.append(i == 0 ? "\"" : ",\"").append(names[i]).append("\":");
                appendJson(json, row[i]);
            }
            json.append('}');
        }
        return json.append(']').toString();
    }

    private static void appendJson(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
            return;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Double) {
            out.append(value);
            return;
        }
        String text = value instanceof Instant instant ? instant.toString() : value.toString();
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\0' -> { } // as in COPY: PostgreSQL text cannot hold NUL
                default -> {
                    if (c < 0x20) {
                        out.append("\\u").append(String.format("%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void appendRow(StringBuilder out, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            appendValue(out, row[i]);
        }
        out.append('\n');
    }

    private static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String text = value instanceof Instant instant ? instant.toString() : value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\0' -> { } // PostgreSQL text cannot hold NUL; it carries no meaning in posts
                default -> out.append(c);
            }
        }
    }
}
