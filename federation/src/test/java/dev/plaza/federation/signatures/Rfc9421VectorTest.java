package dev.plaza.federation.signatures;

import dev.plaza.net.Headers;
import dev.plaza.net.SignableRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 9421 Appendix B: the test request of §B.2 signed with test-key-ed25519 (§B.1.4) in §B.2.6. */
class Rfc9421VectorTest {

    // RFC 9421 §B.1.4, test-key-ed25519.
    private static final String PUBLIC_PEM = """
            -----BEGIN PUBLIC KEY-----
            MCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=
            -----END PUBLIC KEY-----
            """;
    private static final String PRIVATE_PEM = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF
            -----END PRIVATE KEY-----
            """;
    // RFC 9421 §B.2.6.
    private static final String SIGNATURE_INPUT =
            "sig-b26=(\"date\" \"@method\" \"@path\" \"@authority\" \"content-type\" \"content-length\")"
                    + ";created=1618884473;keyid=\"test-key-ed25519\"";
    private static final String SIGNATURE =
            "wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==";
    private static final String SIGNATURE_BASE = """
            "date": Tue, 20 Apr 2021 02:07:55 GMT
            "@method": POST
            "@path": /foo
            "@authority": example.com
            "content-type": application/json
            "content-length": 18
            "@signature-params": ("date" "@method" "@path" "@authority" "content-type" "content-length");\
            created=1618884473;keyid="test-key-ed25519\"""";

    /** RFC 9421 §B.2, the test-request message. */
    private static SignableRequest testRequest() {
        return SignableRequest.post(URI.create("https://example.com/foo?param=Value&Pet=dog"), Headers.of(
                "Host", "example.com",
                "Date", "Tue, 20 Apr 2021 02:07:55 GMT",
                "Content-Type", "application/json",
                "Content-Digest", "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:",
                "Content-Length", "18"), "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static StructuredFields.InnerList input() throws Exception {
        return (StructuredFields.InnerList) StructuredFields.parseDictionary(SIGNATURE_INPUT).get("sig-b26");
    }

    @Test
    void theSignatureBaseIsByteForByteTheOneInSectionB26() throws Exception {
        byte[] base = Rfc9421Base.build(testRequest(), input());

        assertThat(new String(base, StandardCharsets.UTF_8)).isEqualTo(SIGNATURE_BASE);
    }

    @Test
    void signingWithTheRfcKeyGivesTheRfcsDeterministicEd25519Signature() throws Exception {
        byte[] signature = KeyType.ED25519.sign(ActorKeys.privateKeyFromPem(PRIVATE_PEM), Rfc9421Base.build(testRequest(), input()));

        assertThat(Base64.getEncoder().encodeToString(signature)).isEqualTo(SIGNATURE);
    }

    @Test
    void theRfcsSignatureVerifiesWithTheRfcsPublicKeyAndFailsForAnotherDate() throws Exception {
        byte[] signature = Base64.getDecoder().decode(SIGNATURE);
        var publicKey = ActorKeys.publicKeyFromPem(PUBLIC_PEM);

        assertThat(KeyType.ED25519.verify(publicKey, Rfc9421Base.build(testRequest(), input()), signature)).isTrue();
        SignableRequest later = testRequest().withHeader("Date", "Tue, 20 Apr 2021 02:07:56 GMT");
        assertThat(KeyType.ED25519.verify(publicKey, Rfc9421Base.build(later, input()), signature)).isFalse();
    }

    @Test
    void theSignatureInputSerialisesBackUnchanged() throws Exception {
        assertThat("sig-b26=" + StructuredFields.serialize(input())).isEqualTo(SIGNATURE_INPUT);
    }

    @Test
    void theTestRequestsSha512ContentDigestMatchesItsBody() {
        SignableRequest request = testRequest();

        Digests.checkContentDigest(request.headers().first("content-digest").orElseThrow(), request.body());
    }

    @Test
    void plazasPolicyStillRefusesB26BecauseItLeavesTheBodyUnsigned() {
        var request = testRequest().withHeader("Signature-Input", SIGNATURE_INPUT)
                .withHeader("Signature", "sig-b26=:" + SIGNATURE + ":");
        KeyResolver keys = keyId -> new ResolvedKey(keyId, URI.create("https://example.com/"),
                ActorKeys.publicKeyFromPem(PUBLIC_PEM));
        Clock then = Clock.fixed(Instant.ofEpochSecond(1618884473), ZoneOffset.UTC);

        assertThatThrownBy(() -> new SignatureVerifier(keys, DateWindow.DEFAULT, then).verify(request))
                .isInstanceOf(SignatureRejectedException.class)
                .hasMessage("the signature does not cover content-digest on a POST with a body (it covers: "
                        + "date @method @path @authority content-type content-length)");
    }

    @Test
    void structuredFieldsRefuseWhatRfc8941Forbids() throws Exception {
        for (String bad : new String[] {"sig1=(\"@method\"", "sig1=:not base64!:", "Sig1=?1", "a=1,a=2", "a=1,"}) {
            assertThatThrownBy(() -> StructuredFields.parseDictionary(bad))
                    .as(bad).isInstanceOf(StructuredFields.ParseException.class);
        }
        assertThat(StructuredFields.parseDictionary("a=1, b=?0;x, c=(\"y\" tok);p=\"q\"").keySet()).isNotEmpty();
    }
}
