package dev.plaza.insights.advocacy;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How people write the brand: its names ("Fernhill Repair Café") and handles ("@fernhill@plaza.example",
 * "fernhill.bsky.social"), found in any case and only as whole words, so "Fernhill" is not found in
 * "Fernhills" and a handle is found with or without its server.
 */
public final class BrandNames {

    private final Pattern pattern;

    private BrandNames(Pattern pattern) {
        this.pattern = pattern;
    }

    public static BrandNames of(List<String> namesAndHandles) {
        List<String> forms = namesAndHandles.stream().flatMap(n -> forms(n).stream()).filter(f -> f.length() >= 2).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("a brand needs at least one name or handle of two characters or more");
        }
        String alternatives = String.join("|", forms.stream().map(Pattern::quote).toList());
        return new BrandNames(Pattern.compile("(?<![\\p{L}\\p{N}_@.])(?:" + alternatives + ")(?![\\p{L}\\p{N}_]|\\.[\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** A handle is also written without its server ("@fernhill") or without its "@" ("fernhill@plaza.example"). */
    private static List<String> forms(String nameOrHandle) {
        String trimmed = nameOrHandle.strip().toLowerCase(Locale.ROOT);
        if (!trimmed.startsWith("@")) {
            return List.of(trimmed);
        }
        String bare = trimmed.substring(1);
        int server = bare.indexOf('@');
        return server < 0 ? List.of(trimmed) : List.of(trimmed, bare, trimmed.substring(0, server + 1));
    }

    /** The brand as {@code text} writes it, if it does. */
    public Optional<String> foundIn(String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
