package dev.plaza.atproto.syntax;

import dev.plaza.atproto.AtprotoException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A URI as the atproto Lexicon "uri" format takes it: a scheme (RFC 3986: a letter, then letters,
 * digits, "+", "." or "-"), a colon, and at least one more character, all printable ASCII without
 * spaces; at most 8 KiB. Whether the scheme is one a caller can use is the caller's question.
 */
public record Uri(String value) {

    static final int MAX_LENGTH = 8 * 1024;
    private static final Pattern SYNTAX = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:[!-~]+");

    public Uri {
        check(value);
    }

    public static Uri parse(String text) {
        return new Uri(text);
    }

    public static boolean isValid(String text) {
        return Refusal.passes(Uri::check, text);
    }

    /** The scheme, in lower case: "https" of "https://example.com". */
    public String scheme() {
        return value.substring(0, value.indexOf(':')).toLowerCase(Locale.ROOT);
    }

    private static void check(String text) {
        if (text.length() > MAX_LENGTH) {
            throw Refusal.of("URI", text, "longer than %d characters".formatted(MAX_LENGTH));
        }
        if (!SYNTAX.matcher(text).matches()) {
            throw Refusal.of("URI", text, "expected a scheme, ':' and printable ASCII without spaces");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
