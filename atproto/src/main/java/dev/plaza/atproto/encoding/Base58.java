package dev.plaza.atproto.encoding;

import dev.plaza.atproto.AtprotoException;
import java.util.Arrays;

/** Base58 with the Bitcoin alphabet ("base58btc"): did:key and multibase "z…" strings. */
public final class Base58 {

    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] VALUES = new int[128];

    static {
        Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            VALUES[ALPHABET[i]] = i;
        }
    }

    private Base58() {
    }

    public static String encode(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        byte[] digits = new byte[bytes.length * 138 / 100 + 1];
        int length = 0;
        for (int i = zeros; i < bytes.length; i++) {
            int carry = bytes[i] & 0xff;
            for (int j = 0; j < length; j++) {
                carry += (digits[j] & 0xff) << 8;
                digits[j] = (byte) (carry % 58);
                carry /= 58;
            }
            while (carry > 0) {
                digits[length++] = (byte) (carry % 58);
                carry /= 58;
            }
        }
        StringBuilder out = new StringBuilder(zeros + length);
        out.append("1".repeat(zeros));
        for (int i = length - 1; i >= 0; i--) {
            out.append(ALPHABET[digits[i]]);
        }
        return out.toString();
    }

    public static byte[] decode(CharSequence text) {
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        byte[] bytes = new byte[text.length() * 733 / 1000 + 1];
        int length = 0;
        for (int i = zeros; i < text.length(); i++) {
            char c = text.charAt(i);
            int carry = c < 128 ? VALUES[c] : -1;
            if (carry < 0) {
                throw new AtprotoException("'%c' at %d is not a base58btc character".formatted(c, i));
            }
            for (int j = 0; j < length; j++) {
                carry += (bytes[j] & 0xff) * 58;
                bytes[j] = (byte) carry;
                carry >>>= 8;
            }
            while (carry > 0) {
                bytes[length++] = (byte) carry;
                carry >>>= 8;
            }
        }
        byte[] out = new byte[zeros + length];
        for (int i = 0; i < length; i++) {
            out[zeros + i] = bytes[length - 1 - i];
        }
        return out;
    }
}
