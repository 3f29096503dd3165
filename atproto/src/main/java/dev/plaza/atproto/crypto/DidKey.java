package dev.plaza.atproto.crypto;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.encoding.Base58;
import dev.plaza.atproto.encoding.Multibase;
import dev.plaza.atproto.encoding.Varint;
import java.util.Arrays;

/**
 * The text forms of public keys in the atproto cryptography spec: "did:key:z…", the Multikey
 * "z…" (a did:key without its prefix), and the bare multibase of older DID documents.
 */
public final class DidKey {

    static final String PREFIX = "did:key:";

    private DidKey() {
    }

    /** The key in "did:key:z…": base58btc of a multicodec (p256-pub or secp256k1-pub) and a compressed point. */
    public static PublicKey parse(String did) {
        if (!did.startsWith(PREFIX)) {
            throw new AtprotoException("\"%s\" is not a did:key: it does not start with \"%s\"".formatted(abbreviated(did), PREFIX));
        }
        return parseMultikey(did.substring(PREFIX.length()), did);
    }

    /** The key in a Multikey {@code publicKeyMultibase}: a did:key without its "did:key:" prefix. */
    public static PublicKey parseMultikey(String multibase) {
        return parseMultikey(multibase, multibase);
    }

    /**
     * The key in the {@code publicKeyMultibase} of an older DID document's verification method, which
     * carries the bare point (no multicodec); the method's type says the curve (see {@link KeyType#byLegacySuite}).
     */
    public static PublicKey parseLegacyMultibase(KeyType type, String multibase) {
        byte[] point = base58btc(multibase, multibase);
        try {
            return PublicKey.of(type, point);
        } catch (AtprotoException e) {
            throw new AtprotoException("\"%s\": %s".formatted(abbreviated(multibase), e.getMessage()), e);
        }
    }

    static String multikey(PublicKey key) {
        return Multibase.base58btc(prefixed(key.type().publicCodec(), key.compressed()));
    }

    static String legacyMultibase(PublicKey key) {
        return Multibase.base58btc(key.compressed());
    }

    static byte[] prefixed(int codec, byte[] bytes) {
        byte[] prefix = Varint.encode(codec);
        byte[] out = Arrays.copyOf(prefix, prefix.length + bytes.length);
        System.arraycopy(bytes, 0, out, prefix.length, bytes.length);
        return out;
    }

    /** Decodes "z…" base58btc text, naming {@code whole} (the string it came from) in errors. */
    static byte[] base58btc(String multibase, String whole) {
        if (multibase.isEmpty() || multibase.charAt(0) != 'z') {
            throw new AtprotoException("\"%s\" is not base58btc multibase: a key's text must start with 'z'"
                    .formatted(abbreviated(whole)));
        }
        try {
            return Base58.decode(multibase.substring(1));
        } catch (AtprotoException e) {
            throw new AtprotoException("\"%s\": %s".formatted(abbreviated(whole), e.getMessage()), e);
        }
    }

    static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    private static PublicKey parseMultikey(String multibase, String whole) {
        byte[] bytes = base58btc(multibase, whole);
        try {
            Varint.Decoded codec = Varint.read(bytes, 0);
            KeyType type = KeyType.byPublicCodec(codec.value()).orElseThrow(() -> new AtprotoException(
                    "multicodec 0x%x is not a public key type atproto uses (0x1200 p256-pub, 0xe7 secp256k1-pub)"
                            .formatted(codec.value())));
            int length = bytes.length - codec.length();
            if (length != Curve.COMPRESSED_BYTES) {
                throw new AtprotoException("the %s key is %d bytes; a did:key holds a 33-byte compressed point"
                        .formatted(type, length));
            }
            return PublicKey.of(type, Arrays.copyOfRange(bytes, codec.length(), bytes.length));
        } catch (AtprotoException e) {
            throw new AtprotoException("\"%s\": %s".formatted(abbreviated(whole), e.getMessage()), e);
        }
    }
}
