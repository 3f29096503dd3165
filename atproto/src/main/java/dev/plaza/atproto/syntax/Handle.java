package dev.plaza.atproto.syntax;

import dev.plaza.atproto.AtprotoException;
import java.util.Locale;

/**
 * A handle: a DNS name for an account, kept in lower case since DNS names are case-insensitive
 * (atproto handle spec). Syntax only: whether the name resolves, or its TLD is allowed for
 * registration, is for the identity layer.
 */
public record Handle(String value) implements AtIdentifier {

    static final int MAX_LENGTH = 253;
    private static final int MAX_SEGMENT = 63;

    public Handle {
        check(value);
        value = value.toLowerCase(Locale.ROOT);
    }

    public static Handle parse(String text) {
        return new Handle(text);
    }

    public static boolean isValid(String text) {
        return Refusal.passes(Handle::check, text);
    }

    private static void check(String text) {
        if (text.length() > MAX_LENGTH) {
            throw Refusal.of("handle", text, "longer than %d characters".formatted(MAX_LENGTH));
        }
        String[] segments = text.split("\\.", -1);
        if (segments.length < 2) {
            throw Refusal.of("handle", text, "a handle needs at least two dot-separated segments");
        }
        int offset = 0;
        for (String segment : segments) {
            checkSegment(text, segment, offset);
            offset += segment.length() + 1;
        }
        char tldStart = segments[segments.length - 1].charAt(0);
        if (!isAsciiLetter(tldStart)) {
            throw Refusal.of("handle", text, "the last segment must start with a letter");
        }
    }

    private static void checkSegment(String text, String segment, int offset) {
        if (segment.isEmpty()) {
            throw Refusal.of("handle", text, "empty segment at character %d".formatted(offset));
        }
        if (segment.length() > MAX_SEGMENT) {
            throw Refusal.of("handle", text, "segment at character %d is longer than %d".formatted(offset, MAX_SEGMENT));
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != '-') {
                throw Refusal.of("handle", text, "%s at %d is not allowed".formatted(Refusal.describe(c), offset + i));
            }
        }
        if (segment.startsWith("-") || segment.endsWith("-")) {
            throw Refusal.of("handle", text, "segment at character %d starts or ends with '-'".formatted(offset));
        }
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public String toString() {
        return value;
    }
}
