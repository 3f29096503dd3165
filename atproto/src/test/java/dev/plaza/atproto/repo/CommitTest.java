package dev.plaza.atproto.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.crypto.HighS;
import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.SigningKey;
import dev.plaza.atproto.mst.Mst;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.nist.NISTNamedCurves;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommitTest {

    private static final String DID = "did:plc:ewvi7nxzyoun6zhxrhs64oiz";

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void aSignedCommitReadsBackAndVerifiesWithItsKeyOnly(KeyType type) {
        SigningKey key = SigningKey.generate(type);
        Commit commit = Commit.sign(DID, Mst.empty().root(), "3jzfcijpj2z2a", Optional.empty(), key);

        Commit read = Commit.decode(commit.encode());

        assertThat(read).isEqualTo(commit);
        assertThat(read.cid()).isEqualTo(commit.cid());
        read.verify(key.publicKey());
        assertThatThrownBy(() -> read.verify(SigningKey.generate(type).publicKey()))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("the commit 3jzfcijpj2z2a of " + DID);
    }

    @Test
    void aChangedFieldBreaksTheSignature() {
        SigningKey key = SigningKey.generate(KeyType.K256);
        Commit commit = Commit.sign(DID, Mst.empty().root(), "3jzfcijpj2z2a", Optional.empty(), key);
        Commit moved = new Commit(DID, Commit.VERSION, commit.data(), Optional.of("3jzfcijpj2z2b"), Optional.empty(), commit.sig());

        assertThatThrownBy(() -> moved.verify(key.publicKey())).isInstanceOf(AtprotoException.class);
    }

    @Test
    void aHighSSignatureIsRefusedUnlessHistoryIsBeingRead() {
        SigningKey key = SigningKey.generate(KeyType.P256);
        Commit commit = Commit.sign(DID, Mst.empty().root(), "3jzfcijpj2z2a", Optional.empty(), key);
        Commit highS = new Commit(DID, Commit.VERSION, commit.data(), commit.rev(), commit.prev(), highSTwin(commit.sig()));

        assertThatThrownBy(() -> highS.verify(key.publicKey())).hasMessageContaining("high S");
        highS.verify(key.publicKey(), HighS.ACCEPT);
    }

    @Test
    void aBlockThatIsNotACommitIsRefusedByWhatItLacks() {
        Commit commit = Commit.sign(DID, Mst.empty().root(), "3jzfcijpj2z2a", Optional.of(Mst.empty().root()),
                SigningKey.generate(KeyType.P256));
        byte[] block = commit.encode();
        assertThat(Commit.decode(block).prev()).contains(Mst.empty().root());

        assertThatThrownBy(() -> Commit.decode(Cid.parse("bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm").bytes()))
                .isInstanceOf(AtprotoException.class);
    }

    /** (r, n − s): the same signature with the other S, which plain ECDSA also accepts. */
    private static byte[] highSTwin(byte[] signature) {
        BigInteger order = NISTNamedCurves.getByName("P-256").getN();
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        byte[] twin = Arrays.copyOf(signature, 64);
        BigIntegers.asUnsignedByteArray(order.subtract(s), twin, 32, 32);
        return twin;
    }
}
