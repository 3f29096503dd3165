package dev.plaza.atproto.bsky;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds "#tag" as the Bluesky app does: '#' (or the full-width '＃') at the start or after white space,
 * then everything up to the next white space or invisible separator, less its trailing punctuation.
 * It is a tag when something is left that is not only digits and punctuation ("#1" is not a tag, "#1a"
 * is), of at most 64 graphemes and 640 bytes (app.bsky.richtext.facet#tag), and not the keycap emoji
 * "#️⃣". The span covers the '#'; the value is the tag without it.
 */
final class Hashtags {

    private static final int MAX_GRAPHEMES = 64;
    private static final int MAX_BYTES = 640;
    private static final String INVISIBLE = "\u00AD\u2060\u200A\u200B\u200C\u200D\u20E2";
    private static final char VARIATION_SELECTOR_16 = '\uFE0F';

    private Hashtags() {
    }

    static List<Span> find(String text) {
        List<Span> found = new ArrayList<>();
        for (int hash = 0; hash < text.length(); hash++) {
            char c = text.charAt(hash);
            if ((c != '#' && c != '＃') || !TextChars.startsWord(text, hash)) {
                continue;
            }
            int start = hash + 1;
            if (start < text.length() && text.charAt(start) == VARIATION_SELECTOR_16) {
                continue;
            }
            int end = start;
            while (end < text.length() && !endsTag(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            int kept = end;
            while (kept > start && TextChars.isPunctuation(text.codePointBefore(kept))) {
                kept -= Character.charCount(text.codePointBefore(kept));
            }
            String tag = text.substring(start, kept);
            if (isTag(tag)) {
                found.add(new Span(hash, kept, tag));
            }
            hash = end - 1;
        }
        return found;
    }

    private static boolean endsTag(int codePoint) {
        return TextChars.isSpace(codePoint) || INVISIBLE.indexOf(codePoint) >= 0;
    }

    private static boolean isTag(String tag) {
        boolean notOnlyDigits = tag.codePoints().anyMatch(c -> !(c >= '0' && c <= '9') && !TextChars.isPunctuation(c));
        return notOnlyDigits && TextChars.graphemes(tag) <= MAX_GRAPHEMES
                && TextChars.utf8Length(tag, 0, tag.length()) <= MAX_BYTES;
    }
}
