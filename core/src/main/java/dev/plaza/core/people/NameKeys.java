package dev.plaza.core.people;

import dev.plaza.core.community.Platform;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms of names and handles that are compared when looking for one person across platforms:
 * Unicode compatibility-normalised (NFKC) and case-folded, so that "ＡＬＩＣＥ", "Alice" and "alice"
 * meet, as do "ΣΟΦΙΑ" and "σοφια" or "STRASSE" and "straße", in any script.
 */
public final class NameKeys {

    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
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

    /** The words of a display name's folded form, each long enough to say something. */
    public static List<String> words(String displayName) {
        return name(displayName).stream().flatMap(n -> Arrays.stream(NOT_WORD.split(n)))
                .filter(w -> w.codePointCount(0, w.length()) >= MIN_CODE_POINTS).distinct().toList();
    }

    /**
     * How alike two folded names are, from 0 to 1: the share of trigrams they have in common, counted
     * the way PostgreSQL's pg_trgm counts them (each word padded with two spaces before and one after)
     * but over code points in any script, where pg_trgm under the C locale sees only ASCII letters.
     */
    public static double similarity(String a, String b) {
        Set<String> mine = trigrams(a);
        Set<String> theirs = trigrams(b);
        if (mine.isEmpty() || theirs.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(mine);
        common.retainAll(theirs);
        return (double) common.size() / (mine.size() + theirs.size() - common.size());
    }

    private static Set<String> trigrams(String name) {
        Set<String> trigrams = new HashSet<>();
        for (String word : NOT_WORD.split(name)) {
            if (word.isEmpty()) {
                continue;
            }
            int[] points = ("  " + word + " ").codePoints().toArray();
            for (int i = 0; i + 3 <= points.length; i++) {
                trigrams.add(new String(points, i, 3));
            }
        }
        return trigrams;
    }

    /** NFKC, then full case folding approximated by upper- then lower-casing, then NFKC again. */
    static String fold(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String folded = nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }
}
