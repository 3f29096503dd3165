package dev.plaza.atproto.syntax;

import dev.plaza.atproto.AtprotoException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A BCP 47 language tag as the atproto Lexicon "language" format checks it: a primary subtag of
 * two or three lower-case letters, "i" (grandfathered) or "x" (private use), then hyphen-separated
 * subtags of one to eight ASCII letters or digits. Beyond that shape, RFC 5646 §2.2.5 and §2.2.6
 * forbid repeating a variant or an extension singleton (case-insensitively), which is refused too.
 */
public record LanguageTag(String value) {

    private static final Pattern SYNTAX = Pattern.compile("(?:[a-z]{2,3}|i|[xX])(?:-[a-zA-Z0-9]{1,8})*");
    private static final Pattern VARIANT = Pattern.compile("[a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}");

    public LanguageTag {
        check(value);
    }

    public static LanguageTag parse(String text) {
        return new LanguageTag(text);
    }

    public static boolean isValid(String text) {
        return Refusal.passes(LanguageTag::check, text);
    }

    /** Whether the text has the shape of a language tag, before repeated subtags are looked for. */
    static boolean hasValidSyntax(String text) {
        return SYNTAX.matcher(text).matches();
    }

    /** The primary language subtag: "pt" of "pt-BR". */
    public String language() {
        int hyphen = value.indexOf('-');
        return hyphen < 0 ? value : value.substring(0, hyphen);
    }

    private static void check(String text) {
        if (!hasValidSyntax(text)) {
            throw Refusal.of("language tag", text, "expected a two- or three-letter lower-case language (or i, x) and subtags of 1-8 letters or digits");
        }
        String[] subtags = text.split("-");
        if (isPrivateUse(subtags[0])) {
            if (subtags.length == 1) {
                throw Refusal.of("language tag", text, "a private-use tag needs at least one subtag after x");
            }
            return;
        }
        checkNoRepeats(text, subtags);
    }

    private static void checkNoRepeats(String text, String[] subtags) {
        Set<String> variants = new HashSet<>();
        Set<String> singletons = new HashSet<>();
        boolean inExtension = false;
        for (int i = 1; i < subtags.length; i++) {
            String subtag = subtags[i].toLowerCase(Locale.ROOT);
            if (isPrivateUse(subtag)) {
                return;
            }
            if (subtag.length() == 1) {
                if (!singletons.add(subtag)) {
                    throw Refusal.of("language tag", text, "extension singleton '%s' appears twice".formatted(subtag));
                }
                if (i == subtags.length - 1 || subtags[i + 1].length() == 1) {
                    throw Refusal.of("language tag", text, "extension singleton '%s' has no subtags".formatted(subtag));
                }
                inExtension = true;
            } else if (!inExtension && VARIANT.matcher(subtag).matches() && !variants.add(subtag)) {
                throw Refusal.of("language tag", text, "variant '%s' appears twice".formatted(subtag));
            }
        }
    }

    private static boolean isPrivateUse(String subtag) {
        return subtag.equalsIgnoreCase("x");
    }

    @Override
    public String toString() {
        return value;
    }
}
