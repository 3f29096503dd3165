package dev.plaza.channels.mastodon.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The targets of a {@code Link} header by relation (RFC 8288 §3): {@code <uri>; rel="next"; …}, links
 * separated by commas (also across several header lines), parameters by semicolons, quoted values may
 * hold commas and semicolons, and one rel may name several relation types separated by spaces. A link
 * Plaza cannot read is passed over, not guessed at; the first link of a relation wins.
 */
final class LinkHeader {

    private static final int MAX_LENGTH = 16 * 1024;

    private LinkHeader() {
    }

    static Map<String, URI> parse(List<String> values, URI base) {
        Map<String, URI> byRel = new LinkedHashMap<>();
        for (String value : values) {
            if (value.length() > MAX_LENGTH) {
                continue;
            }
            for (String link : splitOutsideQuotes(value, ',')) {
                read(link.strip(), base, byRel);
            }
        }
        return byRel;
    }

    private static void read(String link, URI base, Map<String, URI> byRel) {
        if (!link.startsWith("<") || link.indexOf('>') < 0) {
            return;
        }
        int close = link.indexOf('>');
        URI target;
        try {
            target = base.resolve(link.substring(1, close).strip());
        } catch (IllegalArgumentException e) {
            return;
        }
        for (String param : splitOutsideQuotes(link.substring(close + 1), ';')) {
            int eq = param.indexOf('=');
            if (eq < 0 || !param.substring(0, eq).strip().equalsIgnoreCase("rel")) {
                continue;
            }
            for (String rel : unquoted(param.substring(eq + 1).strip()).split("\\s+")) {
                if (!rel.isEmpty()) {
                    byRel.putIfAbsent(rel.toLowerCase(Locale.ROOT), target);
                }
            }
            return;
        }
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"");
        }
        return value;
    }

    /** Splits at {@code separator} except inside {@code "…"} (with backslash escapes) or {@code <…>}. */
    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean bracketed = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\' && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"' && !bracketed) {
                quoted = !quoted;
            } else if (c == '<' && !quoted) {
                bracketed = true;
            } else if (c == '>' && !quoted) {
                bracketed = false;
            } else if (c == separator && !quoted && !bracketed) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }

    /** The value of a query parameter of {@code uri}, as written (Mastodon's ids need no decoding). */
    static Optional<String> queryParameter(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return Optional.of(pair.substring(eq + 1));
            }
        }
        return Optional.empty();
    }
}
