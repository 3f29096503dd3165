package dev.plaza.channels.mastodon.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The OAuth scopes Plaza asks for (Mastodon docs, "OAuth scopes"): {@code read}, {@code write} or their
 * granular forms ({@code read:notifications}, {@code write:statuses}…). Plaza never asks for more:
 * not {@code follow}, {@code push}, {@code admin:*} nor {@code profile} beyond {@code read}.
 */
public record Scopes(List<String> values) {

    private static final Pattern ALLOWED = Pattern.compile("(read|write)(:[a-z_]{1,30})?");

    public static final Scopes READ_WRITE = new Scopes(List.of("read", "write"));

    public Scopes {
        Set<String> distinct = new LinkedHashSet<>(values);
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("Plaza needs at least one scope (read, write, or read:… / write:…)");
        }
        for (String scope : distinct) {
            if (!ALLOWED.matcher(scope).matches()) {
                throw new IllegalArgumentException("Plaza asks only for read and write scopes, not \"%s\""
                        .formatted(MastodonIds.abbreviated(scope)));
            }
        }
        values = List.copyOf(distinct);
    }

    public static Scopes parse(String spaceSeparated) {
        return new Scopes(List.of(spaceSeparated.strip().split("\\s+")));
    }

    /** As OAuth writes them: separated by spaces. */
    public String joined() {
        return String.join(" ", values);
    }

    @Override
    public String toString() {
        return joined();
    }
}
