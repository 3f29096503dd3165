package dev.plaza.atproto.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.encoding.Base58;
import java.util.List;
import org.junit.jupiter.api.Test;

class DidKeyVectorsTest {

    @Test
    void eachK256PrivateKeyGivesItsDidKey() {
        List<JsonNode> cases = Vectors.crypto("w3c_didkey_K256.json");
        assertThat(cases).hasSize(5);
        for (JsonNode vector : cases) {
            SigningKey key = SigningKey.fromHex(KeyType.K256, vector.get("privateKeyBytesHex").asText());
            assertDidKey(key, vector.get("publicDidKey").asText());
            assertThat(key.hex()).isEqualTo(vector.get("privateKeyBytesHex").asText());
        }
    }

    @Test
    void eachP256PrivateKeyGivesItsDidKey() {
        List<JsonNode> cases = Vectors.crypto("w3c_didkey_P256.json");
        assertThat(cases).hasSize(1);
        for (JsonNode vector : cases) {
            byte[] scalar = Base58.decode(vector.get("privateKeyBytesBase58").asText());
            SigningKey key = SigningKey.fromBytes(KeyType.P256, scalar);
            assertDidKey(key, vector.get("publicDidKey").asText());
            assertThat(key.bytes()).isEqualTo(scalar);
        }
    }

    private static void assertDidKey(SigningKey key, String did) {
        assertThat(key.publicKey().did()).isEqualTo(did);
        PublicKey parsed = DidKey.parse(did);
        assertThat(parsed).isEqualTo(key.publicKey());
        assertThat(parsed.did()).isEqualTo(did);
        assertThat(DidKey.parseMultikey(parsed.multikey())).isEqualTo(parsed);
        assertThat(PublicKey.of(parsed.type(), parsed.uncompressed())).isEqualTo(parsed);
        assertThat(SigningKey.fromMultikey(key.multikey()).publicKey()).isEqualTo(parsed);
    }
}
