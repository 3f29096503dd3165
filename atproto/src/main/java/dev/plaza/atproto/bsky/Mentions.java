package dev.plaza.atproto.bsky;

import dev.plaza.atproto.syntax.Handle;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds "@handle" as the Bluesky app does: '@' at the start, after white space or after '(', then the
 * longest run of ASCII letters, digits, '.' and '-' that ends where a word ends, when that run is a
 * valid handle (atproto handle spec). The span covers the '@'; the value is the handle.
 */
final class Mentions {

    private Mentions() {
    }

    static List<Span> find(String text) {
        List<Span> found = new ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (!TextChars.startsWord(text, at) && text.charAt(at - 1) != '(') {
                continue;
            }
            int end = at + 1;
            while (end < text.length() && isHandleChar(text.charAt(end))) {
                end++;
            }
            // a handle ends on a letter or digit, so trailing dots and hyphens belong to the sentence
            while (end > at + 1 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
            String handle = text.substring(at + 1, end);
            boolean wordGoesOn = end < text.length() && text.charAt(end) == '_';
            if (!wordGoesOn && Handle.isValid(handle)) {
                found.add(new Span(at, end, handle));
            }
        }
        return found;
    }

    private static boolean isHandleChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
}
