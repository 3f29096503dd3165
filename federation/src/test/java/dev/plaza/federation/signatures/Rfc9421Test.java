package dev.plaza.federation.signatures;

import dev.plaza.federation.signatures.SignatureRejectedException.Reason;
import dev.plaza.net.Headers;
import dev.plaza.net.SignableRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import static dev.plaza.federation.signatures.TestActors.ALICE;
import static dev.plaza.federation.signatures.TestActors.ALICE_ED_KEY;
import static dev.plaza.federation.signatures.TestActors.ALICE_RSA_KEY;
import static dev.plaza.federation.signatures.TestActors.CLOCK;
import static dev.plaza.federation.signatures.TestActors.NOW;
import static dev.plaza.federation.signatures.TestActors.follow;
import static dev.plaza.federation.signatures.TestActors.verifierAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Rfc9421Test {

    private final SignatureVerifier verifier = verifierAt(NOW);

    @Test
    void aPostSignedWithRsaCarriesFedifysComponentsAndVerifies() {
        SignableRequest signed = new Rfc9421Signer(TestActors.rsaKey(), CLOCK).sign(follow());

        assertThat(signed.headers().first("signature-input")).contains(
                "sig1=(\"@method\" \"@target-uri\" \"@authority\" \"content-digest\");created=%d;keyid=\"%s\";alg=\"rsa-v1_5-sha256\""
                        .formatted(NOW.getEpochSecond(), ALICE_RSA_KEY));
        assertThat(signed.headers().first("content-digest")).hasValueSatisfying(d -> assertThat(d).matches("sha-256=:.{44}:"));
        assertThat(signed.headers().first("signature")).hasValueSatisfying(s -> assertThat(s).startsWith("sig1=:").endsWith(":"));
        assertThat(verifier.verify(signed)).isEqualTo(new VerifiedSignature(ALICE_RSA_KEY, ALICE, SignatureDialect.RFC_9421));
    }

    @Test
    void aGetSignedWithEd25519VerifiesWithoutContentDigest() {
        SignableRequest get = SignableRequest.get(URI.create("https://plaza.example:8443/users/bob?page=1"), Headers.empty());
        SignableRequest signed = new Rfc9421Signer(TestActors.edKey(), CLOCK).sign(get);

        assertThat(signed.headers().first("signature-input").orElseThrow())
                .startsWith("sig1=(\"@method\" \"@target-uri\" \"@authority\");").endsWith("alg=\"ed25519\"");
        assertThat(verifier.verify(signed).keyId()).isEqualTo(ALICE_ED_KEY);
    }

    @Test
    void theSignatureBaseCoversTheNormalisedTarget() throws Exception {
        SignableRequest signed = new Rfc9421Signer(TestActors.edKey(), CLOCK)
                .sign(SignableRequest.post(URI.create("HTTPS://Plaza.Example:443/inbox"), Headers.empty(), new byte[] {1}));
        var input = (StructuredFields.InnerList) StructuredFields.parseDictionary(
                signed.headers().first("signature-input").orElseThrow()).get("sig1");

        assertThat(new String(Rfc9421Base.build(signed, input), StandardCharsets.UTF_8)).isEqualTo("""
                "@method": POST
                "@target-uri": https://plaza.example/inbox
                "@authority": plaza.example
                "content-digest": sha-256=:S/USLzRFVMU73i67jNK349FgCtYxw4Wl18ziPHeFRZo=:
                "@signature-params": ("@method" "@target-uri" "@authority" "content-digest");created=%d;\
                keyid="%s";alg="ed25519\"""".formatted(NOW.getEpochSecond(), ALICE_ED_KEY));
    }

    @Test
    void aChangedBodyIsAContentDigestMismatch() {
        SignableRequest signed = new Rfc9421Signer(TestActors.edKey(), CLOCK).sign(follow());
        SignableRequest tampered = new SignableRequest("POST", signed.uri(), signed.headers(), "{}".getBytes(StandardCharsets.UTF_8));

        assertRejected(tampered, Reason.DIGEST_MISMATCH, "Content-Digest sha-256 does not match the 2-byte body");
    }

    @Test
    void aChangedMethodTargetOrDigestBreaksTheSignature() {
        SignableRequest signed = new Rfc9421Signer(TestActors.rsaKey(), CLOCK).sign(follow());
        byte[] other = "{}".getBytes(StandardCharsets.UTF_8);

        assertRejected(signed.withUri(URI.create("https://plaza.example/users/carol/inbox")), Reason.BAD_SIGNATURE,
                "the signature does not verify with key " + ALICE_RSA_KEY);
        assertRejected(new SignableRequest("PUT", signed.uri(), signed.headers(), signed.body()), Reason.BAD_SIGNATURE,
                "does not verify");
        assertRejected(new SignableRequest("POST", signed.uri(), signed.headers(), other)
                .withHeader("Content-Digest", Digests.contentDigestHeader(other)), Reason.BAD_SIGNATURE, "does not verify");
    }

    @Test
    void createdOutsideTheWindowIsStale() {
        SignableRequest signed = new Rfc9421Signer(TestActors.edKey(), CLOCK).sign(follow());

        assertThatThrownBy(() -> verifierAt(NOW.plus(Duration.ofHours(2))).verify(signed))
                .isInstanceOfSatisfying(SignatureRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.STALE))
                .hasMessage("created 2026-03-01T12:00:00Z is more than PT1H in the past (now 2026-03-01T14:00:00Z)");
        assertThatThrownBy(() -> verifierAt(NOW.minus(Duration.ofMinutes(10))).verify(signed))
                .hasMessageContaining("more than PT5M in the future");
    }

    @Test
    void anUnsupportedOrMismatchedAlgIsNamed() {
        SignableRequest signed = new Rfc9421Signer(TestActors.edKey(), CLOCK).sign(follow());
        String input = signed.headers().first("signature-input").orElseThrow();

        assertRejected(signed.withHeader("Signature-Input", input.replace("ed25519\"", "hmac-sha256\"")),
                Reason.UNSUPPORTED_ALGORITHM, "alg \"hmac-sha256\" is not supported; Plaza accepts rsa-v1_5-sha256 and ed25519");
        assertRejected(signed.withHeader("Signature-Input", input.replace("alg=\"ed25519\"", "alg=\"rsa-v1_5-sha256\"")),
                Reason.UNSUPPORTED_ALGORITHM, "alg names a RSA signature but key " + ALICE_ED_KEY + " is ED25519");
    }

    @Test
    void missingPiecesAreNamed() {
        SignableRequest signed = new Rfc9421Signer(TestActors.edKey(), CLOCK).sign(follow());
        String input = signed.headers().first("signature-input").orElseThrow();

        assertRejected(signed.withHeader("Signature-Input", input.replace(" \"content-digest\"", "")),
                Reason.MISSING_HEADER, "the signature does not cover content-digest on a POST with a body");
        assertRejected(signed.withHeader("Signature-Input", input.replace("\"@method\" ", "")),
                Reason.MISSING_HEADER, "the signature does not cover @method");
        assertRejected(signed.withHeader("Signature-Input", input.replaceAll(";created=\\d+", "")),
                Reason.MALFORMED, "Signature-Input has no created integer parameter");
        assertRejected(signed.withoutHeader("Signature"), Reason.UNSIGNED, "the request has no Signature header");
        assertRejected(signed.withHeader("Signature", signed.headers().first("signature").orElseThrow().replace("sig1", "sig2")),
                Reason.MALFORMED, "no label is in both Signature-Input [sig1] and Signature [sig2]");
    }

    private void assertRejected(SignableRequest request, Reason reason, String message) {
        assertThatThrownBy(() -> verifier.verify(request))
                .isInstanceOfSatisfying(SignatureRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(message);
    }
}
