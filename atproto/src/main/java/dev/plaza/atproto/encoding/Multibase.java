package dev.plaza.atproto.encoding;

import dev.plaza.atproto.AtprotoException;

/** The two multibase encodings atproto uses: "b" base32 (CIDs) and "z" base58btc (keys). */
public final class Multibase {

    private Multibase() {
    }

    public static byte[] decode(String text) {
        if (text.isEmpty()) {
            throw new AtprotoException("an empty string is not multibase");
        }
        return switch (text.charAt(0)) {
            case 'b' -> Base32.decode(text.substring(1));
            case 'z' -> Base58.decode(text.substring(1));
            default -> throw new AtprotoException("multibase prefix '%c' of \"%s\" is not one atproto uses (b: base32, z: base58btc)"
                    .formatted(text.charAt(0), abbreviated(text)));
        };
    }

    public static String base32(byte[] bytes) {
        return "b" + Base32.encode(bytes);
    }

    public static String base58btc(byte[] bytes) {
        return "z" + Base58.encode(bytes);
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
