package dev.plaza.atproto.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureFixturesTest {

    private static final List<JsonNode> CASES = Vectors.crypto("signature-fixtures.json");

    @Test
    void everyFixtureVerifiesExactlyWhenItSaysItIsValid() {
        assertThat(CASES).hasSize(6);
        for (JsonNode fixture : CASES) {
            PublicKey key = DidKey.parse(fixture.get("publicKeyDid").asText());
            boolean valid = key.verify(message(fixture), signature(fixture));
            assertThat(valid).as(fixture.get("comment").asText()).isEqualTo(fixture.get("validSignature").asBoolean());
        }
        assertThat(CASES).filteredOn(fixture -> fixture.get("validSignature").asBoolean()).hasSize(2);
    }

    @Test
    void theDidKeyTheLegacyMultibaseAndTheAlgorithmNameTheSameKey() {
        for (JsonNode fixture : CASES) {
            KeyType type = KeyType.byJwtAlg(fixture.get("algorithm").asText()).orElseThrow();
            PublicKey fromDid = DidKey.parse(fixture.get("publicKeyDid").asText());
            PublicKey fromLegacy = DidKey.parseLegacyMultibase(type, fixture.get("publicKeyMultibase").asText());

            assertThat(fromDid.type()).isEqualTo(type);
            assertThat(KeyType.byLegacySuite(fixture.get("didDocSuite").asText())).contains(type);
            assertThat(fromLegacy).isEqualTo(fromDid);
            assertThat(fromDid.did()).isEqualTo(fixture.get("publicKeyDid").asText());
            assertThat(fromDid.legacyMultibase()).isEqualTo(fixture.get("publicKeyMultibase").asText());
        }
    }

    @Test
    void highSFixturesAreOtherwiseValidSignaturesThatOnlyLaxVerificationAccepts() {
        List<JsonNode> highS = tagged("high-s");
        assertThat(highS).hasSize(2).extracting(fixture -> fixture.get("algorithm").asText())
                .containsExactlyInAnyOrder("ES256", "ES256K");
        for (JsonNode fixture : highS) {
            PublicKey key = DidKey.parse(fixture.get("publicKeyDid").asText());
            assertThat(key.check(message(fixture), signature(fixture), HighS.REFUSE)).isEqualTo(SignatureCheck.HIGH_S);
            assertThat(key.verify(message(fixture), signature(fixture), HighS.ACCEPT)).isTrue();
        }
    }

    @Test
    void derEncodedFixturesAreRefusedEvenByLaxVerification() {
        List<JsonNode> der = tagged("der-encoded");
        assertThat(der).hasSize(2);
        for (JsonNode fixture : der) {
            PublicKey key = DidKey.parse(fixture.get("publicKeyDid").asText());
            assertThat(key.check(message(fixture), signature(fixture), HighS.ACCEPT)).isEqualTo(SignatureCheck.NOT_COMPACT);
        }
    }

    private static List<JsonNode> tagged(String tag) {
        return CASES.stream()
                .filter(fixture -> fixture.get("tags").valueStream().anyMatch(t -> t.asText().equals(tag)))
                .toList();
    }

    private static byte[] message(JsonNode fixture) {
        return Base64.getDecoder().decode(fixture.get("messageBase64").asText());
    }

    private static byte[] signature(JsonNode fixture) {
        return Base64.getDecoder().decode(fixture.get("signatureBase64").asText());
    }
}
