package dev.plaza.federation.signatures;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Optional;

/** The two key types the fediverse signs with, and the JCA signature each one uses. */
enum KeyType {
    /** RSASSA-PKCS1-v1_5 with SHA-256: draft-cavage rsa-sha256, hs2019 with RSA (Mastodon), RFC 9421 rsa-v1_5-sha256. */
    RSA("SHA256withRSA"),
    /** RFC 8032 Ed25519: hs2019 with an Ed25519 key, RFC 9421 ed25519. */
    ED25519("Ed25519");

    private final String jcaAlgorithm;

    KeyType(String jcaAlgorithm) {
        this.jcaAlgorithm = jcaAlgorithm;
    }

    static KeyType of(Key key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> RSA;
            case "Ed25519", "EdDSA" -> ED25519;
            default -> throw new IllegalArgumentException(
                    "%s keys are not supported; Plaza signs with RSA or Ed25519".formatted(key.getAlgorithm()));
        };
    }

    static boolean isSupported(Key key) {
        return switch (key.getAlgorithm()) {
            case "RSA", "Ed25519", "EdDSA" -> true;
            default -> false;
        };
    }

    byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = signer();
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign with a %s key: %s".formatted(this, e.getMessage()), e);
        }
    }

    /** A Signature object for signing or verifying with this key type: AWS-LC's for RSA where it loads. */
    private Signature signer() throws GeneralSecurityException {
        Optional<Provider> fast = this == RSA ? SigningProvider.rsa() : Optional.empty();
        return fast.isPresent() ? Signature.getInstance(jcaAlgorithm, fast.get()) : Signature.getInstance(jcaAlgorithm);
    }

    /** False for a wrong signature, including one the JCA finds malformed (wrong length, bad encoding). */
    boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) {
        try {
            Signature signature = signer();
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
