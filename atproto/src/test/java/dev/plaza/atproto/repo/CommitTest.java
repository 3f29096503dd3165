package dev.plaza.atproto.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.SigningKey;
import dev.plaza.atproto.mst.Mst;
import java.util.Optional;
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
        Commit moved = new Commit(DID, Commit.VERSION, commit.data(), "3jzfcijpj2z2b", Optional.empty(), commit.sig());

        assertThatThrownBy(() -> moved.verify(key.publicKey())).isInstanceOf(AtprotoException.class);
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
}
