package dev.plaza.atproto.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.encoding.Multibase;
import dev.plaza.atproto.encoding.Varint;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DidKeyTest {

    private static final String K256_DID = "did:key:zQ3shqwJEJyMBsBXCWyCBpUBMqxcon9oHB7mCvx4sSpMdLJwc";

    @Test
    void aDidKeyNamesItsCurveByItsMulticodec() {
        assertThat(DidKey.parse(K256_DID).type()).isEqualTo(KeyType.K256);
        assertThat(DidKey.parse("did:key:zDnaembgSGUhZULN2Caob4HLJPaxBh92N7rtH21TErzqf8HQo").type()).isEqualTo(KeyType.P256);
    }

    @Test
    void malformedDidKeysAreRefusedWithWhatIsWrong() {
        assertRefused("did:web:example.com", "does not start with \"did:key:\"");
        assertRefused("did:key:", "must start with 'z'");
        assertRefused("did:key:bafkqaaa", "must start with 'z'");
        assertRefused("did:key:zQ3sh0wJEJ", "'0' at 4 is not a base58btc character");
        assertRefused("did:key:" + Multibase.base58btc(prefixed(0xed, new byte[32])), "multicodec 0xed is not a public key type");
        assertRefused("did:key:z", "runs past the end");
        byte[] shortened = Arrays.copyOf(DidKey.parse(K256_DID).compressed(), 32);
        assertRefused("did:key:" + Multibase.base58btc(prefixed(0xe7, shortened)), "the K-256 key is 32 bytes");
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void pointsOffTheCurveAreRefused(KeyType type) {
        byte[] offCurve = new byte[33];
        offCurve[0] = 2;
        offCurve[32] = 7;
        String did = "did:key:" + Multibase.base58btc(prefixed(type.publicCodec(), offCurve));

        assertThatThrownBy(() -> DidKey.parse(did)).isInstanceOf(AtprotoException.class)
                .hasMessageContaining(did).hasMessageContaining("not a point on the curve");
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void anUncompressedPointIsRefusedInADidKeyButAcceptedInALegacyMultibase(KeyType type) {
        PublicKey key = SigningKey.generate(type).publicKey();
        byte[] uncompressed = key.uncompressed();
        String did = "did:key:" + Multibase.base58btc(prefixed(type.publicCodec(), uncompressed));

        assertRefused(did, "is 65 bytes; a did:key holds a 33-byte compressed point");
        assertThat(DidKey.parseLegacyMultibase(type, Multibase.base58btc(uncompressed))).isEqualTo(key);
        byte[] moved = uncompressed.clone();
        moved[64] ^= 1;
        assertThatThrownBy(() -> DidKey.parseLegacyMultibase(type, Multibase.base58btc(moved)))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("not a point on the curve");
    }

    @Test
    void aLegacyMultibaseMustBeAPoint() {
        assertThatThrownBy(() -> DidKey.parseLegacyMultibase(KeyType.P256, Multibase.base58btc(new byte[32])))
                .isInstanceOf(AtprotoException.class)
                .hasMessageContaining("a P-256 public key is a 33-byte compressed point")
                .hasMessageContaining("got 32 bytes starting 00");
    }

    @Test
    void theCacheParsesEachDidKeyOnceAndStaysWithinItsCapacity() {
        PublicKeyCache cache = new PublicKeyCache(2);
        PublicKey first = cache.didKey(K256_DID);
        assertThat(cache.didKey(K256_DID)).isSameAs(first);
        for (int i = 0; i < 5; i++) {
            cache.didKey(SigningKey.generate(KeyType.P256).publicKey().did());
            assertThat(cache.size()).isLessThanOrEqualTo(2);
        }
        assertThatThrownBy(() -> cache.didKey("did:key:x")).isInstanceOf(AtprotoException.class);
    }

    private static void assertRefused(String did, String why) {
        assertThatThrownBy(() -> DidKey.parse(did)).isInstanceOf(AtprotoException.class).hasMessageContaining(why);
    }

    private static byte[] prefixed(int codec, byte[] bytes) {
        byte[] prefix = Varint.encode(codec);
        byte[] out = Arrays.copyOf(prefix, prefix.length + bytes.length);
        System.arraycopy(bytes, 0, out, prefix.length, bytes.length);
        return out;
    }
}
