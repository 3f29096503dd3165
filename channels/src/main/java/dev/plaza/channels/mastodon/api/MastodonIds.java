package dev.plaza.channels.mastodon.api;

import java.util.regex.Pattern;

/**
 * Mastodon's ids are strings of digits (Snowflake-like, at most 19 digits: they fit a long), and
 * newer ones are larger, which is what a stream's stored position relies on. Plaza refuses any other
 * id rather than guess an order for it: an instance that sends one is not one Plaza can page through.
 */
final class MastodonIds {

    private static final Pattern NUMERIC = Pattern.compile("[0-9]{1,19}");

    private MastodonIds() {
    }

    static String check(String id, String what) {
        if (id == null || !NUMERIC.matcher(id).matches() || Long.parseUnsignedLong(id) < 0) {
            throw new IllegalArgumentException("%s is \"%s\", not a numeric Mastodon id; Plaza reads instances whose ids are numbers"
                    .formatted(what, id == null ? "" : abbreviated(id)));
        }
        return id;
    }

    static long position(String id) {
        return Long.parseLong(check(id, "the id"));
    }

    static boolean isNewer(String candidate, String than) {
        return Long.parseLong(candidate) > Long.parseLong(than);
    }

    static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
