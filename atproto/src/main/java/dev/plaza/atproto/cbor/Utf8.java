package dev.plaza.atproto.cbor;

import dev.plaza.atproto.AtprotoException;

/** UTF-8 checks and sizes done in place, without the allocations of a CharsetDecoder. */
final class Utf8 {

    private Utf8() {
    }

    /**
     * The offset of the first byte in {@code [from, to)} that does not continue well-formed UTF-8
     * (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), or -1 if all of it is.
     */
    static int firstInvalid(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xff;
            int length;
            int min;
            int max = 0xbf;
            if (lead >= 0xc2 && lead <= 0xdf) {
                length = 2;
                min = 0x80;
            } else if (lead >= 0xe0 && lead <= 0xef) {
                length = 3;
                min = lead == 0xe0 ? 0xa0 : 0x80;
                max = lead == 0xed ? 0x9f : 0xbf;
            } else if (lead >= 0xf0 && lead <= 0xf4) {
                length = 4;
                min = lead == 0xf0 ? 0x90 : 0x80;
                max = lead == 0xf4 ? 0x8f : 0xbf;
            } else {
                return i;
            }
            if (i + length > to) {
                return i;
            }
            int second = bytes[i + 1] & 0xff;
            if (second < min || second > max) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xc0) != 0x80) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }

    /** The UTF-8 size of {@code text}; refuses a lone surrogate, which has no UTF-8 form. */
    static int length(String text) {
        int length = text.length();
        int size = length;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0x800) {
                size += 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                size += 2;
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new AtprotoException("a string holds a lone surrogate U+%04X at index %d; it has no UTF-8 form".formatted((int) c, i));
            } else {
                size += 2;
            }
        }
        return size;
    }

    /** Writes {@code text} (already measured by {@link #length}) as UTF-8 at {@code offset}; returns the end. */
    static int write(String text, byte[] out, int offset) {
        int at = offset;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c)) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xf0 | codePoint >> 18);
                out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3f);
                out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | codePoint & 0x3f);
            } else {
                out[at++] = (byte) (0xe0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return at;
    }
}
