package dev.plaza.atproto.crypto;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/** One curve's domain parameters, built once, and the ECDSA arithmetic atproto needs on it. */
final class Curve {

    static final int SCALAR_BYTES = 32;
    static final int COMPRESSED_BYTES = 33;
    static final int UNCOMPRESSED_BYTES = 65;

    private final ECDomainParameters domain;
    private final BigInteger halfOrder;

    Curve(String name) {
        X9ECParameters params = CustomNamedCurves.getByName(name);
        this.domain = new ECDomainParameters(params.getCurve(), params.getG(), params.getN(), params.getH());
        this.halfOrder = params.getN().shiftRight(1);
    }

    ECDomainParameters domain() {
        return domain;
    }

    BigInteger order() {
        return domain.getN();
    }

    /** Decodes an SEC1 point (compressed or uncompressed); throws IllegalArgumentException off the curve. */
    ECPoint decodePoint(byte[] encoded) {
        return domain.getCurve().decodePoint(encoded);
    }

    ECPoint publicPoint(BigInteger scalar) {
        return new FixedPointCombMultiplier().multiply(domain.getG(), scalar).normalize();
    }

    boolean isHighS(BigInteger s) {
        return s.compareTo(halfOrder) > 0;
    }

    boolean verifyDigest(ECPublicKeyParameters key, byte[] digest, BigInteger r, BigInteger s) {
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, key);
        return verifier.verifySignature(digest, r, s);
    }

    /** RFC 6979 deterministic ECDSA, S normalised to the lower half as the atproto cryptography spec asks. */
    BigInteger[] signDigest(ECPrivateKeyParameters key, byte[] digest) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, key);
        BigInteger[] rs = signer.generateSignature(digest);
        if (isHighS(rs[1])) {
            rs[1] = order().subtract(rs[1]);
        }
        return rs;
    }

    static byte[] sha256(byte[] message) {
        SHA256Digest digest = new SHA256Digest();
        digest.update(message, 0, message.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }
}
