package dev.plaza.core.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows, as Ruby's CSV library writes them (Mastodon's exports): quoted fields may hold
 * commas, quotes and newlines. Problems are {@link CsvException}s that name the file and line.
 */
public final class CsvRows {

    /** Mastodon's rows are an address and a few flags; a longer field is not one of its exports. */
    private static final int MAX_FIELD = 4096;

    @FunctionalInterface
    public interface RowHandler {
        void row(int line, List<String> fields);
    }

    private final String label;
    private final Reader in;
    private int line = 1;
    private int next = -2;

    private CsvRows(String label, InputStream in) {
        this.label = label;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Hands every non-empty row to {@code handler}, with the line it starts on. */
    public static void read(String label, InputStream in, RowHandler handler) {
        CsvRows rows = new CsvRows(label, in);
        try {
            rows.skipByteOrderMark();
            List<String> fields;
            int start = rows.line;
            while ((fields = rows.nextRow()) != null) {
                if (!(fields.size() == 1 && fields.getFirst().isBlank())) {
                    handler.row(start, fields);
                }
                start = rows.line;
            }
        } catch (IOException e) {
            throw new CsvException("could not read %s: %s".formatted(label, e.getMessage()), e);
        }
    }

    private void skipByteOrderMark() throws IOException {
        if (peek() == '\uFEFF') {
            take();
        }
    }

    private List<String> nextRow() throws IOException {
        if (peek() < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            int c = take();
            if (quoted) {
                if (c < 0) {
                    throw new CsvException("%s line %d: a quoted field is never closed; the file is truncated or not CSV"
                            .formatted(label, line));
                } else if (c == '"' && peek() == '"') {
                    take();
                    append(field, '"');
                } else if (c == '"') {
                    quoted = false;
                } else {
                    append(field, (char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    take();
                }
                fields.add(field.toString());
                return fields;
            } else {
                append(field, (char) c);
            }
        }
    }

    private void append(StringBuilder field, char c) {
        if (field.length() >= MAX_FIELD) {
            throw new CsvException("%s line %d: a field is longer than %d characters; this is not one of Mastodon's CSV exports"
                    .formatted(label, line, MAX_FIELD));
        }
        field.append(c);
    }

    private int peek() throws IOException {
        if (next == -2) {
            next = in.read();
        }
        return next;
    }

    private int take() throws IOException {
        int c = peek();
        next = -2;
        if (c == '\n') {
            line++;
        }
        return c;
    }
}
