package dev.plaza.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;

class ActorKeysTest {

    private static final Path VECTORS = Path.of(System.getProperty("plaza.vectors"), "activitypub-fedify");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pemRoundTripsRsaAndEd25519KeysIn64CharacterLines() {
        for (KeyPair pair : new KeyPair[] {TestActors.RSA, TestActors.ED25519}) {
            String pem = ActorKeys.toPem(pair.getPublic());

            assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
            assertThat(pem.lines().filter(l -> !l.startsWith("-----"))).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(64));
            assertThat(ActorKeys.publicKeyFromPem(pem)).isEqualTo(pair.getPublic());
            assertThat(ActorKeys.privateKeyFromPem(ActorKeys.toPem(pair.getPrivate()))).isEqualTo(pair.getPrivate());
        }
    }

    @Test
    void multikeyRoundTripsEd25519AsZ6MkAndRsaAsZ4MX() {
        String ed = ActorKeys.toMultibase(TestActors.ED25519.getPublic());
        String rsa = ActorKeys.toMultibase(TestActors.RSA.getPublic());

        assertThat(ed).startsWith("z6Mk");
        assertThat(rsa).startsWith("z4MX");
        assertThat(ActorKeys.publicKeyFromMultibase(ed)).isEqualTo(TestActors.ED25519.getPublic());
        assertThat(ActorKeys.publicKeyFromMultibase(rsa)).isEqualTo(TestActors.RSA.getPublic());
    }

    @Test
    void decodesTheRsaKeyOfFedifysKeyFixture() throws Exception {
        JsonNode key = JSON.readTree(VECTORS.resolve("example.com/key.json").toFile());

        PublicKey publicKey = ActorKeys.publicKeyFromPem(key.get("publicKeyPem").asText());

        assertThat(publicKey).isInstanceOfSatisfying(RSAPublicKey.class,
                rsa -> assertThat(rsa.getModulus().bitLength()).isEqualTo(2048));
    }

    @Test
    void aRealActorsPemAndMultikeyAreTheSameRsaKeyAndItsEd25519KeyRoundTrips() throws Exception {
        JsonNode actor = JSON.readTree(VECTORS.resolve("wizard.casa/users/hongminhee.json").toFile());
        JsonNode rsaMultikey = actor.get("assertionMethod").get(0);
        JsonNode edMultikey = actor.get("assertionMethod").get(1);

        PublicKey fromPem = ActorKeys.publicKeyFromPem(actor.get("publicKey").get("publicKeyPem").asText());
        PublicKey fromMultikey = ActorKeys.publicKeyFromMultibase(rsaMultikey.get("publicKeyMultibase").asText());
        String edMultibase = edMultikey.get("publicKeyMultibase").asText();

        assertThat(rsaMultikey.get("id").asText()).isEqualTo(actor.get("publicKey").get("id").asText());
        assertThat(fromMultikey).isEqualTo(fromPem);
        assertThat(ActorKeys.toMultibase(fromPem)).isEqualTo(rsaMultikey.get("publicKeyMultibase").asText());
        assertThat(edMultibase).startsWith("z6Mk");
        assertThat(ActorKeys.toMultibase(ActorKeys.publicKeyFromMultibase(edMultibase))).isEqualTo(edMultibase);
    }

    @Test
    void malformedKeysSayWhatIsWrong() {
        assertThatThrownBy(() -> ActorKeys.publicKeyFromPem("MIIBIjANBgkq"))
                .hasMessageContaining("not a PEM PUBLIC KEY");
        assertThatThrownBy(() -> ActorKeys.publicKeyFromMultibase("u6MkhVPuyvgG1RkMv67azDq"))
                .hasMessageContaining("is not base58btc (it must start with 'z')");
        assertThatThrownBy(() -> ActorKeys.publicKeyFromMultibase("z0OIl"))
                .hasMessageContaining("'0' is not a base58btc character");
        assertThatThrownBy(() -> ActorKeys.publicKeyFromMultibase("z" + Multikey.base58(new byte[] {0x12, 0x00, 1, 2})))
                .hasMessageContaining("is neither an Ed25519 (0xed01) nor an RSA (0x1205) key");
    }
}
