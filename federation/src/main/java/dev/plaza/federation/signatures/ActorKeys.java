package dev.plaza.federation.signatures;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/** An actor's keys: generation, PEM (publicKeyPem) and Multikey (publicKeyMultibase) forms. */
public final class ActorKeys {

    private static final String PUBLIC = "PUBLIC KEY";
    private static final String PRIVATE = "PRIVATE KEY";

    private ActorKeys() {
    }

    /** RSA-2048: what Mastodon and every draft-cavage peer can verify. */
    public static KeyPair generateRsa() {
        return generate("RSA", 2048);
    }

    /** Ed25519: for RFC 9421 and FEP-521a Multikey. */
    public static KeyPair generateEd25519() {
        return generate("Ed25519", 0);
    }

    /** SPKI "-----BEGIN PUBLIC KEY-----" with 64-character lines. */
    public static String toPem(PublicKey key) {
        return pem(PUBLIC, key.getEncoded());
    }

    /** PKCS#8 "-----BEGIN PRIVATE KEY-----", for storing an actor's own key. */
    public static String toPem(PrivateKey key) {
        return pem(PRIVATE, key.getEncoded());
    }

    /** An RSA or Ed25519 SPKI public key, as found in an actor's {@code publicKeyPem}. */
    public static PublicKey publicKeyFromPem(String pem) {
        X509EncodedKeySpec spec = new X509EncodedKeySpec(unpem(PUBLIC, pem));
        for (String algorithm : List.of("RSA", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(spec);
            } catch (InvalidKeySpecException e) {
                // not this algorithm; try the next
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("the PEM public key is neither RSA nor Ed25519");
    }

    public static PrivateKey privateKeyFromPem(String pem) {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(unpem(PRIVATE, pem));
        for (String algorithm : List.of("RSA", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (InvalidKeySpecException e) {
                // not this algorithm; try the next
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("the PEM private key is neither RSA nor Ed25519");
    }

    /** "z" + base58btc(multicodec + key) (FEP-521a; W3C Controlled Identifiers §2.2.2 Multikey). */
    public static String toMultibase(PublicKey key) {
        return Multikey.encode(key);
    }

    /** Ed25519 (z6Mk…) or RSA (z4MX…) Multikey, as found in {@code publicKeyMultibase}. */
    public static PublicKey publicKeyFromMultibase(String multibase) {
        return Multikey.decode(multibase);
    }

    private static KeyPair generate(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (size > 0) {
                generator.initialize(size);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot generate %s keys".formatted(algorithm), e);
        }
    }

    // Base64.getMimeEncoder(64, "\n") throws on JDK 25 (shared/peers.md), so lines are cut by hand.
    private static String pem(String label, byte[] der) {
        String base64 = Base64.getEncoder().encodeToString(der);
        StringBuilder out = new StringBuilder("-----BEGIN ").append(label).append("-----\n");
        for (int i = 0; i < base64.length(); i += 64) {
            out.append(base64, i, Math.min(base64.length(), i + 64)).append('\n');
        }
        return out.append("-----END ").append(label).append("-----\n").toString();
    }

    private static byte[] unpem(String label, String pem) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("not a PEM %s: expected \"%s\" … \"%s\"".formatted(label, begin, end));
        }
        String body = pem.substring(from + begin.length(), to).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the PEM %s is not base64: %s".formatted(label, e.getMessage()), e);
        }
    }
}
