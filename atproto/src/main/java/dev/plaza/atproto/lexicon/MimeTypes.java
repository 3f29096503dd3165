package dev.plaza.atproto.lexicon;

import java.util.Locale;
import java.util.regex.Pattern;

/** A blob's "accept" list: MIME types, "type/*" patterns and the match-all pattern, compared case-insensitively (RFC 2045). */
final class MimeTypes {

    private static final String TOKEN = "[a-zA-Z0-9!#$&^_.+-]+";
    private static final Pattern PATTERN = Pattern.compile("\\*/\\*|" + TOKEN + "/(\\*|" + TOKEN + ")");

    private MimeTypes() {
    }

    static boolean isPattern(String text) {
        return PATTERN.matcher(text).matches();
    }

    static boolean matches(String pattern, String mimeType) {
        String type = mimeType.toLowerCase(Locale.ROOT);
        String wanted = pattern.toLowerCase(Locale.ROOT);
        if (wanted.equals("*/*")) {
            return true;
        }
        if (wanted.endsWith("/*")) {
            return type.startsWith(wanted.substring(0, wanted.length() - 1));
        }
        return type.equals(wanted);
    }
}
