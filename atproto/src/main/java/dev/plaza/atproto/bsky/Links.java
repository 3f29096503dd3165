package dev.plaza.atproto.bsky;

import dev.plaza.atproto.syntax.Uri;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds http and https URLs as the Bluesky app does: at the start, after white space or after '(', up to
 * the next white space; then one trailing '.', ',', ';', ':', '!' or '?' is left out, and then one ')'
 * when the URL has no '('. Characters outside ASCII are percent-encoded in the facet's URI (the lexicon's
 * "uri" format is ASCII); the span keeps the text as written.
 */
final class Links {

    private static final String TRAILING = ".,;:!?";

    private Links() {
    }

    static List<Span> find(String text) {
        List<Span> found = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = nextScheme(text, from);
            if (start < 0) {
                return found;
            }
            int end = start;
            while (end < text.length() && !TextChars.isSpace(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            from = end;
            if (!TextChars.startsWord(text, start) && text.charAt(start - 1) != '(') {
                continue;
            }
            end = trimmed(text, start, end);
            String uri = asciiUri(text.substring(start, end));
            int afterScheme = uri.indexOf("://") + 3;
            if (afterScheme < uri.length() && uri.charAt(afterScheme) != '/' && Uri.isValid(uri)) {
                found.add(new Span(start, end, uri));
            }
        }
    }

    private static int nextScheme(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)) {
                return i;
            }
        }
        return -1;
    }

    private static int trimmed(String text, int start, int end) {
        if (end > start && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > start && text.charAt(end - 1) == ')' && text.substring(start, end).indexOf('(') < 0) {
            end--;
        }
        return end;
    }

    private static String asciiUri(String link) {
        StringBuilder uri = new StringBuilder(link.length());
        link.codePoints().forEach(codePoint -> {
            if (codePoint < 0x80) {
                uri.append((char) codePoint);
            } else {
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    uri.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
            }
        });
        return uri.toString();
    }
}
