package dev.plaza.core.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A table written as RFC 4180 CSV, for a spreadsheet to open: a header row, then one row per record;
 * a field with a comma, quote or line break is quoted. A field that a spreadsheet would run as a
 * formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, since
 * the text comes from strangers' posts and profiles (OWASP "CSV injection").
 */
public final class CsvTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public CsvTable(List<String> header) {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a CSV table needs at least one column");
        }
        this.header = List.copyOf(header);
    }

    public CsvTable row(List<?> fields) {
        if (fields.size() != header.size()) {
            throw new IllegalArgumentException("a row of %d fields for %d columns".formatted(fields.size(), header.size()));
        }
        rows.add(fields.stream().map(f -> f == null ? "" : f.toString()).toList());
        return this;
    }

    /** The whole table, lines ended by CRLF as RFC 4180 says. */
    public String text() {
        StringBuilder out = new StringBuilder();
        append(out, header);
        rows.forEach(row -> append(out, row));
        return out.toString();
    }

    private static void append(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
