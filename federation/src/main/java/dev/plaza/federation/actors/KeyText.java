package dev.plaza.federation.actors;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Base64;

/**
 * Public keys as actor documents carry them: PEM for {@code publicKeyPem}, and Multikey
 * {@code publicKeyMultibase} (base58btc, multicodec 0xed01 for Ed25519) for assertion methods.
 */
final class KeyText {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private KeyText() {
    }

    static String pem(byte[] spki) {
        String base64 = Base64.getEncoder().encodeToString(spki);
        StringBuilder pem = new StringBuilder("-----BEGIN PUBLIC KEY-----\n");
        for (int i = 0; i < base64.length(); i += 64) {
            pem.append(base64, i, Math.min(base64.length(), i + 64)).append('\n');
        }
        return pem.append("-----END PUBLIC KEY-----\n").toString();
    }

    static String ed25519Multibase(byte[] rawKey) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xed);
        bytes.write(0x01);
        bytes.writeBytes(rawKey);
        return "z" + base58(bytes.toByteArray());
    }

    private static String base58(byte[] input) {
        StringBuilder out = new StringBuilder();
        BigInteger value = new BigInteger(1, input);
        BigInteger radix = BigInteger.valueOf(58);
        while (value.signum() > 0) {
            BigInteger[] division = value.divideAndRemainder(radix);
            out.append(BASE58.charAt(division[1].intValue()));
            value = division[0];
        }
        for (int i = 0; i < input.length && input[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }
}
