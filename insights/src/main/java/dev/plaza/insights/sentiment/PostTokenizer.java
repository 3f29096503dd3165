package dev.plaza.insights.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a social post into the tokens sentiment is read from, in any script: words (letters, marks
 * and digits, with inner apostrophes), lowercased and with a letter repeated three times or more
 * cut to two ("soooo" → "soo"); each emoji; the common ASCII emoticons; runs of "!" and "?"; and
 * {@value #USER} and {@value #URL} in place of mentions and links, whose names say nothing of how
 * the post feels. Other punctuation ends a clause: it becomes {@value #CLAUSE_END}.
 */
final class PostTokenizer {

    static final String USER = "<user>";
    static final String URL = "<url>";
    static final String CLAUSE_END = "<,>";

    private static final Set<String> EMOTICONS = Set.of(":)", ":-)", ":(", ":-(", ":d", ":-d", ";)", ";-)", ":p", ":-p",
            ":/", ":-/", ":'(", ":o", ":-o", ":|", "<3", "</3", "xd", "=)", "=(", ":*", "^^", "^_^", "-_-", ":]", ":[");
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private PostTokenizer() {
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c)) {
                i += Character.charCount(c);
            } else if (startsLink(text, i)) {
                i = skipToWhitespace(text, i);
                tokens.add(URL);
            } else if (c == '@' && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
                i = skipToWhitespace(text, i);
                tokens.add(USER);
            } else if (isWordChar(c)) {
                i = word(text, i, tokens);
            } else {
                i = symbol(text, i, tokens);
            }
        }
        return tokens;
    }

    private static int word(String text, int start, List<String> tokens) {
        int i = start;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            boolean innerApostrophe = (c == '\'' || c == '’') && i + 1 < text.length() && i > start
                    && isWordChar(text.codePointAt(i + 1));
            if (!isWordChar(c) && !innerApostrophe) {
                break;
            }
            i += Character.charCount(c);
        }
        String word = text.substring(start, i).replace('’', '\'').toLowerCase(Locale.ROOT);
        if (word.equals("xd") || word.equals("d")) {
            tokens.add(word);
        } else {
            tokens.add(shortenRepeats(word));
        }
        return i;
    }

    private static int symbol(String text, int start, List<String> tokens) {
        int c = text.codePointAt(start);
        for (int length = 4; length >= 2; length--) {
            if (start + length <= text.length()) {
                String candidate = text.substring(start, start + length).toLowerCase(Locale.ROOT);
                if (EMOTICONS.contains(candidate)) {
                    tokens.add(candidate);
                    return start + length;
                }
            }
        }
        if (c == '!' || c == '?') {
            int i = start;
            while (i < text.length() && text.charAt(i) == c) {
                i++;
            }
            tokens.add(i - start > 1 ? String.valueOf((char) c).repeat(2) : String.valueOf((char) c));
            return i;
        }
        if (isEmoji(c)) {
            return emoji(text, start, tokens);
        }
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '…') {
            if (tokens.isEmpty() || !tokens.getLast().equals(CLAUSE_END)) {
                tokens.add(CLAUSE_END);
            }
        }
        return start + Character.charCount(c);
    }

    /** One emoji with its joined parts, without skin tones or variation selectors (they carry no feeling). */
    private static int emoji(String text, int start, List<String> tokens) {
        StringBuilder emoji = new StringBuilder().appendCodePoint(text.codePointAt(start));
        int i = start + Character.charCount(text.codePointAt(start));
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isModifier(c)) {
                i += Character.charCount(c);
            } else if (c == ZERO_WIDTH_JOINER && i + 1 < text.length() && isEmoji(text.codePointAt(i + 1))) {
                int next = text.codePointAt(i + 1);
                emoji.appendCodePoint(c).appendCodePoint(next);
                i += 1 + Character.charCount(next);
            } else {
                break;
            }
        }
        tokens.add(emoji.toString());
        return i;
    }

    private static boolean startsLink(String text, int i) {
        return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i);
    }

    private static int skipToWhitespace(String text, int i) {
        while (i < text.length() && !Character.isWhitespace(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    static boolean isWordChar(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || c == '_';
    }

    private static boolean isEmoji(int c) {
        return Character.getType(c) == Character.OTHER_SYMBOL || (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF);
    }

    private static boolean isModifier(int c) {
        return c == 0xFE0F || c == 0xFE0E || (c >= 0x1F3FB && c <= 0x1F3FF);
    }

    private static String shortenRepeats(String word) {
        StringBuilder out = null;
        int run = 0;
        int last = -1;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            run = c == last ? run + 1 : 1;
            last = c;
            if (run == 3 && out == null) {
                out = new StringBuilder(word.substring(0, i));
            }
            if (out != null && run <= 2) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out == null ? word : out.toString();
    }
}
