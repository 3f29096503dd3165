package dev.plaza.core.people;

import dev.plaza.core.community.Platform;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The forms of names and handles that are compared when looking for one person across platforms:
 * Unicode compatibility-normalised (NFKC) and case-folded, so that "ＡＬＩＣＥ", "Alice" and "alice"
 * meet, as do "ΣΟΦΙΑ" and "σοφια" or "STRASSE" and "straße", in any script.
 */
public final class NameKeys {

    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");
    private static final int MIN_CODE_POINTS = 2;

    private NameKeys() {
    }

    /** A display name's comparable form; empty when too short to say anything. */
    public static Optional<String> name(String displayName) {
        String folded = SPACES.matcher(fold(displayName)).replaceAll(" ").strip();
        return folded.codePointCount(0, folded.length()) < MIN_CODE_POINTS ? Optional.empty() : Optional.of(folded);
    }

    /**
     * The part of a handle its owner chose, folded: "alice" from "@Alice@social.example" on the
     * fediverse and from "alice.bsky.social" on Bluesky.
     */
    public static Optional<String> handleLocalPart(Platform platform, String handle) {
        String h = handle.strip();
        while (h.startsWith("@")) {
            h = h.substring(1);
        }
        int at = h.indexOf('@');
        if (at >= 0) {
            h = h.substring(0, at);
        } else if (platform == Platform.BLUESKY && h.indexOf('.') > 0) {
            h = h.substring(0, h.indexOf('.'));
        }
        String folded = fold(h).strip();
        return folded.codePointCount(0, folded.length()) < MIN_CODE_POINTS ? Optional.empty() : Optional.of(folded);
    }

    /** NFKC, then full case folding approximated by upper- then lower-casing, then NFKC again. */
    static String fold(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String folded = nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }
}
