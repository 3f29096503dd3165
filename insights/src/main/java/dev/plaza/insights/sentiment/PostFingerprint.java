package dev.plaza.insights.sentiment;

import java.util.Locale;

/**
 * A post's identity for "was the model trained on it": 64 bits of FNV-1a over its words, lowercased
 * and with runs of whitespace as one, so the same post copied into two datasets is known again.
 */
final class PostFingerprint {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private PostFingerprint() {
    }

    static long of(String text) {
        String normalized = String.join(" ", text.toLowerCase(Locale.ROOT).trim().split("\\s+"));
        long hash = OFFSET;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            hash = (hash ^ (c & 0xff)) * PRIME;
            hash = (hash ^ (c >>> 8)) * PRIME;
        }
        return hash;
    }
}
