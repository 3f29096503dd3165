package dev.plaza.channels.mastodon;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The CSV files of Mastodon's Preferences › Import and export › Data export, by the names the
 * downloads get (their rows: app/models/export.rb). Mastodon itself exports no followers list;
 * followers.csv is read where another tool made one.
 */
enum CsvExport {
    FOLLOWING("following_accounts"),
    FOLLOWERS("followers"),
    LISTS("lists"),
    BLOCKS("blocked_accounts"),
    MUTES("muted_accounts"),
    DOMAIN_BLOCKS("blocked_domains"),
    BOOKMARKS("bookmarks");

    private final String baseName;

    CsvExport(String baseName) {
        this.baseName = baseName;
    }

    String fileName() {
        return baseName + ".csv";
    }

    /** Also matches the copies browsers name {@code following_accounts (1).csv}. */
    static Optional<CsvExport> forFileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv")) {
            return Optional.empty();
        }
        String base = name.substring(0, name.length() - 4);
        return Arrays.stream(values())
                .filter(e -> base.equals(e.baseName) || base.matches(e.baseName + "[ _-]*\\(?\\d+\\)?"))
                .findFirst();
    }

    static String expectedNames() {
        return String.join(", ", Arrays.stream(values()).map(CsvExport::fileName).toList());
    }
}
