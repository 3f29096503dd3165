package dev.plaza.atproto.crypto;

import java.util.Optional;

/**
 * The two elliptic curves the atproto cryptography spec allows, with the names and multicodec
 * codes they go by in JWTs, did:key strings and DID documents.
 */
public enum KeyType {

    P256("ES256", 0x1200, 0x1306, "EcdsaSecp256r1VerificationKey2019", "P-256", new Curve("secp256r1")),
    K256("ES256K", 0xe7, 0x1301, "EcdsaSecp256k1VerificationKey2019", "K-256", new Curve("secp256k1"));

    private final String jwtAlg;
    private final int publicCodec;
    private final int privateCodec;
    private final String legacySuite;
    private final String label;
    private final Curve curve;

    KeyType(String jwtAlg, int publicCodec, int privateCodec, String legacySuite, String label, Curve curve) {
        this.jwtAlg = jwtAlg;
        this.publicCodec = publicCodec;
        this.privateCodec = privateCodec;
        this.legacySuite = legacySuite;
        this.label = label;
        this.curve = curve;
    }

    /** "ES256" or "ES256K": the JWT {@code alg} and the vectors' {@code algorithm}. */
    public String jwtAlg() {
        return jwtAlg;
    }

    /** The multicodec code of a compressed public key (p256-pub, secp256k1-pub). */
    public int publicCodec() {
        return publicCodec;
    }

    /** The multicodec code of a private key (p256-priv, secp256k1-priv). */
    public int privateCodec() {
        return privateCodec;
    }

    /** The verification method type older DID documents give keys of this type. */
    public String legacySuite() {
        return legacySuite;
    }

    public static Optional<KeyType> byJwtAlg(String alg) {
        for (KeyType type : values()) {
            if (type.jwtAlg.equals(alg)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static Optional<KeyType> byLegacySuite(String suite) {
        for (KeyType type : values()) {
            if (type.legacySuite.equals(suite)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    static Optional<KeyType> byPublicCodec(long codec) {
        for (KeyType type : values()) {
            if (type.publicCodec == codec) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    static Optional<KeyType> byPrivateCodec(long codec) {
        for (KeyType type : values()) {
            if (type.privateCodec == codec) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    Curve curve() {
        return curve;
    }

    @Override
    public String toString() {
        return label;
    }
}
