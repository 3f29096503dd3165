package dev.plaza.atproto.lexicon;

import java.text.BreakIterator;
import java.util.Locale;

/** Counts user-perceived characters: the JDK's character break iterator follows UAX #29 extended grapheme clusters. */
final class Graphemes {

    private Graphemes() {
    }

    static int count(String text) {
        BreakIterator boundaries = BreakIterator.getCharacterInstance(Locale.ROOT);
        boundaries.setText(text);
        int count = 0;
        while (boundaries.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
