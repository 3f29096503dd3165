package dev.plaza.atproto.syntax;

import dev.plaza.atproto.AtprotoException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A namespaced identifier such as "app.bsky.feed.post": a reversed domain name (the authority)
 * and a name (atproto NSID spec). At least three segments; the first cannot start with a digit;
 * the name is letters and digits, starting with a letter; at most 317 characters.
 */
public record Nsid(String value) {

    static final int MAX_LENGTH = 317;
    private static final int MAX_SEGMENT = 63;

    public Nsid {
        check(value);
    }

    public static Nsid parse(String text) {
        return new Nsid(text);
    }

    public static boolean isValid(String text) {
        return Refusal.passes(Nsid::check, text);
    }

    /** The domain that controls this NSID, in DNS order and lower case: "bsky.app" for "app.bsky.feed.post". */
    public String authority() {
        List<String> domain = Arrays.asList(value.substring(0, value.lastIndexOf('.')).split("\\."));
        Collections.reverse(domain);
        return String.join(".", domain).toLowerCase(Locale.ROOT);
    }

    /** The last segment: "post" for "app.bsky.feed.post". */
    public String name() {
        return value.substring(value.lastIndexOf('.') + 1);
    }

    private static void check(String text) {
        if (text.length() > MAX_LENGTH) {
            throw Refusal.of("NSID", text, "longer than %d characters".formatted(MAX_LENGTH));
        }
        String[] segments = text.split("\\.", -1);
        if (segments.length < 3) {
            throw Refusal.of("NSID", text, "an NSID needs at least three dot-separated segments");
        }
        int offset = 0;
        for (int i = 0; i < segments.length; i++) {
            boolean isName = i == segments.length - 1;
            checkSegment(text, segments[i], offset, isName);
            offset += segments[i].length() + 1;
        }
        if (Handle.isAsciiDigit(text.charAt(0))) {
            throw Refusal.of("NSID", text, "the first segment may not start with a digit");
        }
    }

    private static void checkSegment(String text, String segment, int offset, boolean isName) {
        if (segment.isEmpty()) {
            throw Refusal.of("NSID", text, "empty segment at character %d".formatted(offset));
        }
        if (segment.length() > MAX_SEGMENT) {
            throw Refusal.of("NSID", text, "segment at character %d is longer than %d".formatted(offset, MAX_SEGMENT));
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean allowed = Handle.isAsciiLetter(c) || Handle.isAsciiDigit(c) || (c == '-' && !isName);
            if (!allowed) {
                String where = isName ? " in the name" : "";
                throw Refusal.of("NSID", text, "%s at %d is not allowed%s".formatted(Refusal.describe(c), offset + i, where));
            }
        }
        if (isName && !Handle.isAsciiLetter(segment.charAt(0))) {
            throw Refusal.of("NSID", text, "the name segment must start with a letter");
        }
        if (segment.startsWith("-") || segment.endsWith("-")) {
            throw Refusal.of("NSID", text, "segment at character %d starts or ends with '-'".formatted(offset));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
