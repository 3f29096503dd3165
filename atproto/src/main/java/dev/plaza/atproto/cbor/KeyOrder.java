package dev.plaza.atproto.cbor;

import java.util.Comparator;

/**
 * DAG-CBOR's map key order: shorter UTF-8 encodings first, then byte by byte (DAG-CBOR spec,
 * "strictness"; atproto data model spec). UTF-8 byte order is code point order, so the strings
 * are compared without encoding them.
 */
final class KeyOrder implements Comparator<String> {

    static final KeyOrder INSTANCE = new KeyOrder();

    private KeyOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int bySize = Integer.compare(utf8Size(a), utf8Size(b));
        if (bySize != 0) {
            return bySize;
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Counts a lone surrogate as the three bytes it would take, so ordering never throws; encoding refuses it. */
    private static int utf8Size(String text) {
        int size = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                size += 1;
            } else if (c < 0x800) {
                size += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                size += 4;
                i++;
            } else {
                size += 3;
            }
        }
        return size;
    }
}
