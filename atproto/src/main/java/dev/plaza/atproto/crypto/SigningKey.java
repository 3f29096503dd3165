package dev.plaza.atproto.crypto;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.encoding.Multibase;
import dev.plaza.atproto.encoding.Varint;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.util.BigIntegers;

/**
 * A P-256 or K-256 private key: signs with deterministic (RFC 6979) low-S ECDSA over SHA-256, as
 * the atproto cryptography spec asks. Its text forms are secret; {@link #toString()} shows only the public key.
 */
public final class SigningKey {

    private final KeyType type;
    private final ECPrivateKeyParameters parameters;
    private final PublicKey publicKey;

    private SigningKey(KeyType type, BigInteger scalar) {
        this.type = type;
        this.parameters = new ECPrivateKeyParameters(scalar, type.curve().domain());
        this.publicKey = PublicKey.of(type, type.curve().publicPoint(scalar));
    }

    public static SigningKey generate(KeyType type) {
        BigInteger order = type.curve().order();
        return new SigningKey(type, BigIntegers.createRandomInRange(BigInteger.ONE, order.subtract(BigInteger.ONE),
                new SecureRandom()));
    }

    /** The key whose scalar is these 32 big-endian bytes. */
    public static SigningKey fromBytes(KeyType type, byte[] scalar) {
        if (scalar.length != Curve.SCALAR_BYTES) {
            throw new AtprotoException("a %s private key is 32 bytes; got %d".formatted(type, scalar.length));
        }
        BigInteger d = new BigInteger(1, scalar);
        if (d.signum() == 0 || d.compareTo(type.curve().order()) >= 0) {
            throw new AtprotoException("a %s private key must lie between 1 and the curve order; these 32 bytes do not"
                    .formatted(type));
        }
        return new SigningKey(type, d);
    }

    /** The key whose scalar is these 64 hex digits. */
    public static SigningKey fromHex(KeyType type, String hex) {
        try {
            return fromBytes(type, HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new AtprotoException("a %s private key in hex has a character that is not a hex digit or an odd length"
                    .formatted(type), e);
        }
    }

    /** The key in "z…": base58btc of a multicodec (p256-priv or secp256k1-priv) and the 32-byte scalar. */
    public static SigningKey fromMultikey(String multibase) {
        byte[] bytes = DidKey.base58btc(multibase, "(a private key)");
        if (bytes.length == 0) {
            throw new AtprotoException("a private key multikey holds no bytes after its 'z'");
        }
        Varint.Decoded codec = Varint.read(bytes, 0);
        KeyType type = KeyType.byPrivateCodec(codec.value()).orElseThrow(() -> new AtprotoException(
                "multicodec 0x%x is not a private key type atproto uses (0x1306 p256-priv, 0x1301 secp256k1-priv)"
                        .formatted(codec.value())));
        return fromBytes(type, Arrays.copyOfRange(bytes, codec.length(), bytes.length));
    }

    public KeyType type() {
        return type;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The 64-byte r||s signature, S in the lower half, over SHA-256 of {@code message}. */
    public byte[] sign(byte[] message) {
        BigInteger[] rs = type.curve().signDigest(parameters, Curve.sha256(message));
        byte[] signature = new byte[PublicKey.SIGNATURE_BYTES];
        BigIntegers.asUnsignedByteArray(rs[0], signature, 0, Curve.SCALAR_BYTES);
        BigIntegers.asUnsignedByteArray(rs[1], signature, Curve.SCALAR_BYTES, Curve.SCALAR_BYTES);
        return signature;
    }

    /** The 32-byte big-endian scalar. Secret. */
    public byte[] bytes() {
        return BigIntegers.asUnsignedByteArray(Curve.SCALAR_BYTES, parameters.getD());
    }

    /** The scalar as 64 lower-case hex digits. Secret. */
    public String hex() {
        return HexFormat.of().formatHex(bytes());
    }

    /** The multicodec-prefixed scalar in base58btc ("z…"). Secret. */
    public String multikey() {
        return Multibase.base58btc(DidKey.prefixed(type.privateCodec(), bytes()));
    }

    @Override
    public String toString() {
        return "SigningKey[%s %s]".formatted(type, publicKey.did());
    }
}
