package dev.plaza.channels.mastodon;

import dev.plaza.channels.ImportException;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.csv.CsvException;
import dev.plaza.core.csv.CsvRows;
import dev.plaza.core.ingest.Progress;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One CSV export turned into relations. Row shapes, from app/models/export.rb: following_accounts
 * and muted_accounts start with a header ("Account address,…"), blocked_accounts and
 * blocked_domains are one value per row, lists.csv is "list title,account", bookmarks.csv one
 * status URI per row. Only the address column is used: the flags (show boosts, notify, languages,
 * hide notifications) say how the brand reads, not who is there.
 */
final class CsvImport {

    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,62}\\.)+[\\p{L}\\p{N}-]{2,63}");

    private final String label;
    private final CsvExport export;
    private final Relations relations;
    private final BatchBuilder out;

    CsvImport(String label, CsvExport export, Relations relations, BatchBuilder out) {
        this.label = label;
        this.export = export;
        this.relations = relations;
        this.out = out;
    }

    void read(InputStream in, Progress progress) {
        try {
            CsvRows.read(label, in, (line, fields) -> {
                row(line, fields);
                if (line % 1000 == 0) {
                    progress.update("reading " + export.fileName(), line, -1);
                }
            });
        } catch (CsvException e) {
            throw new ImportException(e.getMessage(), e);
        }
    }

    private void row(int line, List<String> fields) {
        String first = fields.getFirst().strip();
        if (line == 1 && first.equalsIgnoreCase("Account address")) {
            return;
        }
        switch (export) {
            case FOLLOWING -> relations.onAccount(ActivityKind.FOLLOW, account(line, first));
            case BLOCKS -> block(account(line, first));
            case MUTES -> relations.onAccount(ActivityKind.MUTE, account(line, first));
            case FOLLOWERS -> relations.follower(account(line, first));
            case DOMAIN_BLOCKS -> out.blockedDomain(domain(line, first));
            case BOOKMARKS -> relations.onStatus(ActivityKind.BOOKMARK, Uris.http(first)
                    .orElseThrow(() -> badRow(line, first, "a post's URL")));
            case LISTS -> list(line, fields);
        }
    }

    /** Kept as history (a BLOCK activity) and as a block that federation honours. */
    private void block(Acct account) {
        relations.onAccount(ActivityKind.BLOCK, account);
        out.blockedAccount(account.stableId().substring("acct:".length()));
    }

    private void list(int line, List<String> fields) {
        if (fields.size() < 2) {
            throw badRow(line, String.join(",", fields), "a list title and an account address");
        }
        Acct member = account(line, fields.get(1).strip());
        out.identity(member.identity());
        out.listMember(new ListMembership(fields.getFirst().strip(), member.identity().key()));
    }

    private Acct account(int line, String value) {
        return Acct.parse(value).orElseThrow(() -> badRow(line, value, "an account address (user@host)"));
    }

    private String domain(int line, String value) {
        String domain = value.toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(domain).matches() || domain.length() > 253) {
            throw badRow(line, value, "a domain name");
        }
        return domain;
    }

    private ImportException badRow(int line, String value, String expected) {
        String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return new ImportException("%s line %d: '%s' is not %s; is this Mastodon's %s export? Nothing was imported"
                .formatted(label, line, shown, expected, export.fileName()));
    }
}
