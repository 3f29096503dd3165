package dev.plaza.atproto.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SigningTest {

    private static final byte[] MESSAGE = "a commit's unsigned bytes".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void aGeneratedKeysSignatureVerifiesWithItsPublicKeyAndItsDidKey(KeyType type) {
        SigningKey key = SigningKey.generate(type);
        byte[] signature = key.sign(MESSAGE);

        assertThat(signature).hasSize(64);
        assertThat(key.publicKey().verify(MESSAGE, signature)).isTrue();
        assertThat(DidKey.parse(key.publicKey().did()).verify(MESSAGE, signature)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void signingIsDeterministicAndAlwaysLowS(KeyType type) {
        SigningKey key = SigningKey.generate(type);
        BigInteger halfOrder = type.curve().order().shiftRight(1);
        for (int i = 0; i < 64; i++) {
            byte[] message = ("message " + i).getBytes(StandardCharsets.UTF_8);
            byte[] signature = key.sign(message);
            assertThat(key.sign(message)).isEqualTo(signature);
            assertThat(new BigInteger(1, Arrays.copyOfRange(signature, 32, 64))).isLessThanOrEqualTo(halfOrder);
        }
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void theHighSTwinOfAValidSignatureIsRefusedUnlessHighSIsAccepted(KeyType type) {
        SigningKey key = SigningKey.generate(type);
        byte[] highS = highSTwin(type, key.sign(MESSAGE));

        assertThat(key.publicKey().verify(MESSAGE, highS)).isFalse();
        assertThat(key.publicKey().verify(MESSAGE, highS, HighS.ACCEPT)).isTrue();
        assertThatThrownBy(() -> key.publicKey().requireValid(MESSAGE, highS, "the commit"))
                .isInstanceOf(AtprotoException.class)
                .hasMessageContaining("the signature of the commit has a high S");
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void aTamperedMessageOrAnotherKeyIsRefused(KeyType type) {
        SigningKey key = SigningKey.generate(type);
        byte[] signature = key.sign(MESSAGE);
        byte[] tampered = MESSAGE.clone();
        tampered[0] ^= 1;

        assertThat(key.publicKey().verify(tampered, signature)).isFalse();
        assertThat(SigningKey.generate(type).publicKey().verify(MESSAGE, signature)).isFalse();
        assertThatThrownBy(() -> key.publicKey().requireValid(tampered, signature, "the commit"))
                .isInstanceOf(AtprotoException.class)
                .hasMessageContaining("does not match the message and the %s key did:key:z", type);
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void signaturesOfTheWrongShapeOrOutOfRangeAreRefused(KeyType type) {
        PublicKey key = SigningKey.generate(type).publicKey();
        byte[] zeros = new byte[64];
        byte[] orderAsR = new byte[64];
        BigIntegers.asUnsignedByteArray(type.curve().order(), orderAsR, 0, 32);
        orderAsR[63] = 1;

        assertThat(key.check(MESSAGE, new byte[63], HighS.ACCEPT)).isEqualTo(SignatureCheck.NOT_COMPACT);
        assertThat(key.check(MESSAGE, zeros, HighS.ACCEPT)).isEqualTo(SignatureCheck.OUT_OF_RANGE);
        assertThat(key.check(MESSAGE, orderAsR, HighS.ACCEPT)).isEqualTo(SignatureCheck.OUT_OF_RANGE);
        assertThatThrownBy(() -> key.requireValid(MESSAGE, new byte[72], "the commit"))
                .hasMessageContaining("is 72 bytes, not the 64-byte r||s form");
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void aPrivateKeyRoundTripsThroughBytesHexAndMultikey(KeyType type) {
        SigningKey key = SigningKey.generate(type);

        assertThat(key.bytes()).hasSize(32);
        assertThat(SigningKey.fromBytes(type, key.bytes()).publicKey()).isEqualTo(key.publicKey());
        assertThat(SigningKey.fromHex(type, key.hex()).publicKey()).isEqualTo(key.publicKey());
        SigningKey fromMultikey = SigningKey.fromMultikey(key.multikey());
        assertThat(fromMultikey.type()).isEqualTo(type);
        assertThat(fromMultikey.bytes()).isEqualTo(key.bytes());
        assertThat(key.toString()).contains(key.publicKey().did()).doesNotContain(key.hex());
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void privateKeysOutsideTheCurveOrderOrOfTheWrongLengthAreRefused(KeyType type) {
        assertThatThrownBy(() -> SigningKey.fromBytes(type, new byte[32]))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("between 1 and the curve order");
        assertThatThrownBy(() -> SigningKey.fromBytes(type, BigIntegers.asUnsignedByteArray(32, type.curve().order())))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("between 1 and the curve order");
        assertThatThrownBy(() -> SigningKey.fromHex(type, "abcd"))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("32 bytes; got 2");
        assertThatThrownBy(() -> SigningKey.fromHex(type, "xy".repeat(32)))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("not a hex digit");
    }

    private static byte[] highSTwin(KeyType type, byte[] signature) {
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        byte[] twin = signature.clone();
        BigIntegers.asUnsignedByteArray(type.curve().order().subtract(s), twin, 32, 32);
        return twin;
    }
}
