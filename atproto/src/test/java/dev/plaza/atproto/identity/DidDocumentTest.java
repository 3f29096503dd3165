package dev.plaza.atproto.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.SigningKey;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidDocumentTest {

    private static final Path DATA = Path.of(System.getProperty("plaza.vectors"), "atproto-repos", "testing", "testdata");

    @ParameterizedTest
    @CsvSource({"paul_staging.didDoc.json,did:plc:cmpvykrzb2l22kj4ojlv3ox4,paul.staging.bsky.dev,K256,https://pds.staging.bsky.dev",
            "fakermaker.didDoc.json,did:plc:dpg45vsnuir2vqqqadsn6afg,ebert9014-89.test,P256,http://localhost:2583",
            "greenground.didDoc.json,did:plc:wqgdnqlv2mwiio6pfchwtrff,greenground.bsky.social,K256,https://bsky.social",
            "did_plc_z5vnbioquyhivxirw3bbljmu.didDoc.json,did:plc:z5vnbioquyhivxirw3bbljmu,koch5149-c5.test,K256,http://localhost:2583"})
    void realDocumentsGiveTheirDidHandleKeyAndPds(String file, String did, String handle, KeyType keyType, String pds)
            throws IOException {
        DidDocument document = DidDocument.parse(Files.readAllBytes(DATA.resolve(file)));

        assertThat(document.did().toString()).isEqualTo(did);
        assertThat(document.claimedHandle()).hasValueSatisfying(h -> assertThat(h.toString()).isEqualTo(handle));
        assertThat(document.signingKey()).hasValueSatisfying(key -> assertThat(key.type()).isEqualTo(keyType));
        assertThat(document.pds()).contains(URI.create(pds));
    }

    @Test
    void aMultikeyDocumentReadsTheSameKeyItWasWrittenWith() {
        SigningKey key = SigningKey.generate(KeyType.K256);
        String json = """
                {"id":"did:plc:ewvi7nxzyoun6zhxrhs64oiz","alsoKnownAs":["https://elsewhere.example","at://Atproto.Com"],
                 "verificationMethod":[{"id":"did:plc:ewvi7nxzyoun6zhxrhs64oiz#atproto","type":"Multikey",
                   "controller":"did:plc:ewvi7nxzyoun6zhxrhs64oiz","publicKeyMultibase":"%s"}],
                 "service":[{"id":"#atproto_pds","type":"AtprotoPersonalDataServer","serviceEndpoint":"https://pds.example"}]}"""
                .formatted(key.publicKey().multikey());

        DidDocument document = DidDocument.parse(json.getBytes(StandardCharsets.UTF_8));

        assertThat(document.signingKey()).contains(key.publicKey());
        assertThat(document.claimedHandle()).hasValueSatisfying(h -> assertThat(h.toString()).isEqualTo("atproto.com"));
        assertThat(document.alsoKnownAs()).hasSize(2);
    }

    @Test
    void documentsWithoutTheAtprotoPartsOrWithBadOnesSaySo() {
        DidDocument bare = DidDocument.parse("{\"id\":\"did:web:example.com\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(bare.signingKey()).isEmpty();
        assertThat(bare.pds()).isEmpty();
        assertThat(bare.claimedHandle()).isEmpty();

        assertThatThrownBy(() -> DidDocument.parse("[]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("JSON object with an id");
        assertThatThrownBy(() -> DidDocument.parse("""
                {"id":"did:web:example.com","service":[{"id":"#atproto_pds","type":"AtprotoPersonalDataServer",
                 "serviceEndpoint":"file:///etc/passwd"}]}""".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> DidDocument.parse("""
                {"id":"did:web:example.com","verificationMethod":[{"id":"#atproto","type":"JsonWebKey2020"}]}"""
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AtprotoException.class).hasMessageContaining("JsonWebKey2020");
    }
}
