package dev.plaza.atproto.bsky;

import java.text.BreakIterator;
import java.util.Locale;

/** Character classes and counts that the rich-text finders and the post limits share. */
final class TextChars {

    private TextChars() {
    }

    /** White space as JavaScript's \s has it (the Bluesky app detects facets with JavaScript patterns). */
    static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0xFEFF;
    }

    /** Whether the text at {@code index} is preceded by nothing or white space. */
    static boolean startsWord(String text, int index) {
        return index == 0 || isSpace(text.codePointBefore(index));
    }

    /** Unicode general category P (JavaScript's \p{P}). */
    static boolean isPunctuation(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** User-perceived characters: the JDK's character breaks follow UAX #29 extended grapheme clusters. */
    static int graphemes(String text) {
        BreakIterator boundaries = BreakIterator.getCharacterInstance(Locale.ROOT);
        boundaries.setText(text);
        int count = 0;
        while (boundaries.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /** Bytes of chars [from, to) in UTF-8; the range must not split a surrogate pair. */
    static int utf8Length(String text, int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; ) {
            int codePoint = text.codePointAt(i);
            bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            i += Character.charCount(codePoint);
        }
        return bytes;
    }

    /** The index of a lone surrogate (text that UTF-8 cannot carry), or -1. */
    static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
