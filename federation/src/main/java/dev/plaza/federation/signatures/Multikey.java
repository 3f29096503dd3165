package dev.plaza.federation.signatures;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Multikey {@code publicKeyMultibase}: "z" + base58btc(multicodec varint + key bytes). Ed25519 is
 * 0xed 0x01 + the raw 32-byte key; RSA is 0x85 0x24 (rsa-pub, 0x1205) + the PKCS#1 RSAPublicKey DER,
 * as Fedify publishes it.
 */
final class Multikey {

    private static final byte[] ED25519_CODEC = {(byte) 0xed, 0x01};
    private static final byte[] RSA_CODEC = {(byte) 0x85, 0x24};
    // RFC 8410 §4: SEQUENCE { SEQUENCE { OID 1.3.101.112 } BIT STRING (33 bytes) } before the raw key.
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    // RFC 3279 §2.3.1: AlgorithmIdentifier { rsaEncryption, NULL }.
    private static final byte[] RSA_ALGORITHM_ID = HexFormat.of().parseHex("300d06092a864886f70d0101010500");
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private Multikey() {
    }

    static String encode(PublicKey key) {
        byte[] spki = key.getEncoded();
        return switch (KeyType.of(key)) {
            case ED25519 -> "z" + base58(concat(ED25519_CODEC,
                    Arrays.copyOfRange(spki, ED25519_SPKI_PREFIX.length, spki.length)));
            case RSA -> "z" + base58(concat(RSA_CODEC, rsaPkcs1(spki)));
        };
    }

    static PublicKey decode(String multibase) {
        if (!multibase.startsWith("z")) {
            throw new IllegalArgumentException("publicKeyMultibase \"%s\" is not base58btc (it must start with 'z')"
                    .formatted(abbreviate(multibase)));
        }
        byte[] bytes = unbase58(multibase.substring(1));
        byte[] key = Arrays.copyOfRange(bytes, Math.min(2, bytes.length), bytes.length);
        if (startsWith(bytes, ED25519_CODEC) && key.length == 32) {
            return publicKey("Ed25519", concat(ED25519_SPKI_PREFIX, key));
        }
        if (startsWith(bytes, RSA_CODEC)) {
            byte[] bitString = der(0x03, concat(new byte[] {0}, key));
            return publicKey("RSA", der(0x30, concat(RSA_ALGORITHM_ID, bitString)));
        }
        throw new IllegalArgumentException("publicKeyMultibase \"%s\" is neither an Ed25519 (0xed01) nor an RSA (0x1205) key"
                .formatted(abbreviate(multibase)));
    }

    private static PublicKey publicKey(String algorithm, byte[] spki) {
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the multikey holds no valid %s key: %s".formatted(algorithm, e.getMessage()), e);
        }
    }

    /** The BIT STRING contents of an RSA SubjectPublicKeyInfo, i.e. the PKCS#1 RSAPublicKey. */
    private static byte[] rsaPkcs1(byte[] spki) {
        int[] pos = {0};
        readHeader(spki, pos, 0x30);
        int algorithmLength = readHeader(spki, pos, 0x30);
        pos[0] += algorithmLength;
        int bitStringLength = readHeader(spki, pos, 0x03);
        return Arrays.copyOfRange(spki, pos[0] + 1, pos[0] + bitStringLength);
    }

    private static int readHeader(byte[] der, int[] pos, int tag) {
        if ((der[pos[0]++] & 0xff) != tag) {
            throw new IllegalArgumentException("unexpected DER structure in an RSA public key");
        }
        int first = der[pos[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            length = (length << 8) | (der[pos[0]++] & 0xff);
        }
        return length;
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            byte[] digits = BigInteger.valueOf(length).toByteArray();
            int skip = digits[0] == 0 ? 1 : 0;
            out.write(0x80 | (digits.length - skip));
            out.write(digits, skip, digits.length - skip);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    static String base58(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        BigInteger base = BigInteger.valueOf(58);
        while (value.signum() > 0) {
            BigInteger[] divRem = value.divideAndRemainder(base);
            out.append(ALPHABET.charAt(divRem[1].intValue()));
            value = divRem[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }

    static byte[] unbase58(String text) {
        BigInteger value = BigInteger.ZERO;
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        for (char c : text.toCharArray()) {
            int digit = ALPHABET.indexOf(c);
            if (digit < 0) {
                throw new IllegalArgumentException("'%c' is not a base58btc character".formatted(c));
            }
            value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        return concat(new byte[zeros], Arrays.copyOfRange(magnitude, skip, magnitude.length));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String abbreviate(String text) {
        return text.length() <= 24 ? text : text.substring(0, 24) + "…";
    }
}
