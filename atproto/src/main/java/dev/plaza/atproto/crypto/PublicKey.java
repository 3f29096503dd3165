package dev.plaza.atproto.crypto;

import dev.plaza.atproto.AtprotoException;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A P-256 or K-256 public key, decoded and checked once so that verifying many signatures with it
 * (a repository's commits on the firehose) repeats no parsing and reuses the curve's precomputation.
 */
public final class PublicKey {

    static final int SIGNATURE_BYTES = 64;

    private final KeyType type;
    private final byte[] compressed;
    private final ECPublicKeyParameters parameters;

    private PublicKey(KeyType type, ECPoint point) {
        this.type = type;
        this.compressed = point.getEncoded(true);
        this.parameters = new ECPublicKeyParameters(point, type.curve().domain());
    }

    /**
     * The key at an SEC1 point: 33 bytes compressed (what did:key holds), or 65 bytes uncompressed
     * (what some older DID documents hold).
     */
    public static PublicKey of(KeyType type, byte[] point) {
        boolean compressedForm = point.length == Curve.COMPRESSED_BYTES && (point[0] == 2 || point[0] == 3);
        boolean uncompressedForm = point.length == Curve.UNCOMPRESSED_BYTES && point[0] == 4;
        if (!compressedForm && !uncompressedForm) {
            throw new AtprotoException(("a %s public key is a 33-byte compressed point (02/03…) or a 65-byte uncompressed "
                    + "one (04…); got %d bytes%s").formatted(type, point.length, startingWith(point)));
        }
        try {
            return new PublicKey(type, type.curve().decodePoint(point).normalize());
        } catch (IllegalArgumentException e) {
            throw new AtprotoException("the %d bytes given as a %s public key are not a point on the curve (%s)"
                    .formatted(point.length, type, e.getMessage()), e);
        }
    }

    static PublicKey of(KeyType type, ECPoint point) {
        return new PublicKey(type, point);
    }

    public KeyType type() {
        return type;
    }

    /** The 33-byte compressed point. */
    public byte[] compressed() {
        return compressed.clone();
    }

    /** The 65-byte uncompressed point (04 || x || y). */
    public byte[] uncompressed() {
        return parameters.getQ().getEncoded(false);
    }

    /** "did:key:z…": the multicodec-prefixed compressed key in base58btc. */
    public String did() {
        return DidKey.PREFIX + multikey();
    }

    /** "z…": the did:key without its "did:key:" prefix, the {@code publicKeyMultibase} of a Multikey method. */
    public String multikey() {
        return DidKey.multikey(this);
    }

    /** "z…": the bare compressed point in base58btc, the {@code publicKeyMultibase} of older DID documents. */
    public String legacyMultibase() {
        return DidKey.legacyMultibase(this);
    }

    /** Whether {@code signature} is this key's low-S 64-byte r||s signature over SHA-256 of {@code message}. */
    public boolean verify(byte[] message, byte[] signature) {
        return check(message, signature, HighS.REFUSE) == SignatureCheck.VALID;
    }

    /** As {@link #verify(byte[], byte[])}, with the given treatment of high-S signatures. */
    public boolean verify(byte[] message, byte[] signature, HighS highS) {
        return check(message, signature, highS) == SignatureCheck.VALID;
    }

    /** Verifies as {@link #verify(byte[], byte[])} does, throwing a message that names {@code what} and why not. */
    public void requireValid(byte[] message, byte[] signature, String what) {
        requireValid(message, signature, HighS.REFUSE, what);
    }

    /** As {@link #requireValid(byte[], byte[], String)}, with the given treatment of high-S signatures. */
    public void requireValid(byte[] message, byte[] signature, HighS highS, String what) {
        SignatureCheck result = check(message, signature, highS);
        if (result != SignatureCheck.VALID) {
            throw new AtprotoException("the signature of %s %s".formatted(what, result.describe(this, signature)));
        }
    }

    SignatureCheck check(byte[] message, byte[] signature, HighS highS) {
        if (signature.length != SIGNATURE_BYTES) {
            return SignatureCheck.NOT_COMPACT;
        }
        Curve curve = type.curve();
        BigInteger r = new BigInteger(1, signature, 0, Curve.SCALAR_BYTES);
        BigInteger s = new BigInteger(1, signature, Curve.SCALAR_BYTES, Curve.SCALAR_BYTES);
        if (r.signum() == 0 || s.signum() == 0 || r.compareTo(curve.order()) >= 0 || s.compareTo(curve.order()) >= 0) {
            return SignatureCheck.OUT_OF_RANGE;
        }
        if (highS == HighS.REFUSE && curve.isHighS(s)) {
            return SignatureCheck.HIGH_S;
        }
        return curve.verifyDigest(parameters, Curve.sha256(message), r, s) ? SignatureCheck.VALID : SignatureCheck.MISMATCH;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicKey key && key.type == type && Arrays.equals(key.compressed, compressed);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Arrays.hashCode(compressed);
    }

    @Override
    public String toString() {
        return did();
    }

    private static String startingWith(byte[] bytes) {
        return bytes.length == 0 ? "" : " starting %02x".formatted(bytes[0]);
    }
}
