package dev.plaza.federation.moving;

import dev.plaza.core.csv.CsvException;
import dev.plaza.core.csv.CsvRows;
import dev.plaza.federation.discovery.Handle;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The accounts of a Mastodon account-list CSV: {@code following_accounts.csv} (header
 * {@code Account address,Show boosts,Notify on new posts,Languages}), a followers list, or simply
 * one address per line. Only the first column counts. The whole file is read before anything is
 * done with it, so a file that is not such a list is refused with nothing half-done.
 */
public record AccountList(List<Row> rows) {

    /** One account and the line that names it (to report a failure against). */
    public record Row(int line, String account) {
    }

    static final int MAX_ROWS = 20_000;

    public AccountList {
        rows = List.copyOf(rows);
    }

    public static AccountList read(String label, InputStream in) {
        List<Row> rows = new ArrayList<>();
        CsvRows.read(label, in, (line, fields) -> {
            String first = fields.getFirst().strip();
            if (rows.isEmpty() && first.equalsIgnoreCase("Account address")) {
                return;
            }
            if (!isAccount(first)) {
                throw new CsvException(("%s line %d: '%s' is not an account address (user@host) or an actor URL; this is"
                        + " not a Mastodon account list (following_accounts.csv)").formatted(label, line, shorten(first)));
            }
            if (rows.size() >= MAX_ROWS) {
                throw new CsvException("%s names more than %d accounts; split it into smaller files".formatted(label, MAX_ROWS));
            }
            rows.add(new Row(line, first));
        });
        if (rows.isEmpty()) {
            throw new CsvException("%s names no accounts".formatted(label));
        }
        return new AccountList(rows);
    }

    public int size() {
        return rows.size();
    }

    private static boolean isAccount(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Handle.parse(text).isPresent() || ((lower.startsWith("https://") || lower.startsWith("http://"))
                && !text.contains(" "));
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
