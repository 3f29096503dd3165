package dev.plaza.atproto.syntax;

import dev.plaza.atproto.AtprotoException;

/**
 * The key of a record within a collection (atproto record key spec): 1 to 512 characters of ASCII
 * letters, digits and "_~.:-", but not "." or "..".
 */
public record RecordKey(String value) {

    static final int MAX_LENGTH = 512;

    public RecordKey {
        check(value);
    }

    public static RecordKey parse(String text) {
        return new RecordKey(text);
    }

    public static boolean isValid(String text) {
        return Refusal.passes(RecordKey::check, text);
    }

    private static void check(String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw Refusal.of("record key", text, "a record key is 1 to %d characters".formatted(MAX_LENGTH));
        }
        if (text.equals(".") || text.equals("..")) {
            throw Refusal.of("record key", text, "\".\" and \"..\" are not record keys");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Handle.isAsciiLetter(c) && !Handle.isAsciiDigit(c) && "_~.:-".indexOf(c) < 0) {
                throw Refusal.of("record key", text, "%s at %d is not allowed".formatted(Refusal.describe(c), i));
            }
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
