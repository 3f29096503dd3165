package dev.plaza.federation.signatures;

import dev.plaza.federation.signatures.SignatureRejectedException.Reason;
import dev.plaza.net.Headers;
import dev.plaza.net.SignableRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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

class DraftCavageTest {

    private final SignatureVerifier verifier = verifierAt(NOW);

    @Test
    void anRsaSha256SignedPostVerifiesAndNamesItsKeyAndOwner() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());

        assertThat(signed.headers().first("signature").orElseThrow())
                .startsWith("keyId=\"" + ALICE_RSA_KEY + "\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date digest\",signature=\"");
        assertThat(signed.headers().first("digest")).hasValueSatisfying(d -> assertThat(d).startsWith("SHA-256="));
        assertThat(signed.headers().first("date")).contains("Sun, 01 Mar 2026 12:00:00 GMT");
        assertThat(signed.headers().first("host")).contains("plaza.example");
        assertThat(verifier.verify(signed))
                .isEqualTo(new VerifiedSignature(ALICE_RSA_KEY, ALICE, SignatureDialect.DRAFT_CAVAGE));
    }

    @Test
    void hs2019WithEd25519AndWithRsaBothVerify() {
        SignableRequest ed = DraftCavageSigner.of(TestActors.edKey(), CLOCK).sign(follow());
        SignableRequest rsa = DraftCavageSigner.hs2019(TestActors.rsaKey(), CLOCK).sign(follow());

        assertThat(ed.headers().first("signature").orElseThrow()).contains("algorithm=\"hs2019\"");
        assertThat(rsa.headers().first("signature").orElseThrow()).contains("algorithm=\"hs2019\"");
        assertThat(verifier.verify(ed).keyId()).isEqualTo(ALICE_ED_KEY);
        assertThat(verifier.verify(rsa).keyId()).isEqualTo(ALICE_RSA_KEY);
    }

    @Test
    void aSignedGetCoversNoDigest() {
        SignableRequest get = SignableRequest.get(URI.create("https://plaza.example/users/bob?page=2"),
                Headers.of("Accept", "application/activity+json"));
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(get);

        assertThat(signed.headers().contains("digest")).isFalse();
        assertThat(signed.headers().first("signature").orElseThrow()).contains("headers=\"(request-target) host date\"");
        assertThat(verifier.verify(signed).keyId()).isEqualTo(ALICE_RSA_KEY);
    }

    @Test
    void theSigningStringIsTheOneMastodonBuilds() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());

        String signingString = new String(DraftCavageSigningString.build(signed,
                List.of("(request-target)", "host", "date", "digest"), signed.pathAndQuery(), Optional.empty(),
                Optional.empty()), StandardCharsets.UTF_8);

        assertThat(signingString).isEqualTo("""
                (request-target): post /users/bob/inbox
                host: plaza.example
                date: Sun, 01 Mar 2026 12:00:00 GMT
                digest: %s""".formatted(signed.headers().first("digest").orElseThrow()));
    }

    @Test
    void aChangedBodyIsADigestMismatch() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());
        SignableRequest tampered = new SignableRequest("POST", signed.uri(), signed.headers(),
                "{\"type\":\"Delete\"}".getBytes(StandardCharsets.UTF_8));

        assertRejected(tampered, Reason.DIGEST_MISMATCH, "Digest sha-256 does not match the 17-byte body");
    }

    @Test
    void aDigestRecomputedForAChangedBodyBreaksTheSignature() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());
        byte[] other = "{\"type\":\"Delete\"}".getBytes(StandardCharsets.UTF_8);
        SignableRequest tampered = new SignableRequest("POST", signed.uri(), signed.headers(), other)
                .withHeader("Digest", Digests.digestHeader(other));

        assertRejected(tampered, Reason.BAD_SIGNATURE, "the signature does not verify with key " + ALICE_RSA_KEY);
    }

    @Test
    void aChangedDateOrPathBreaksTheSignature() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());

        assertRejected(signed.withHeader("Date", "Sun, 01 Mar 2026 12:00:01 GMT"), Reason.BAD_SIGNATURE, "does not verify");
        assertRejected(signed.withUri(URI.create("https://plaza.example/users/carol/inbox")), Reason.BAD_SIGNATURE,
                "does not verify");
    }

    @Test
    void aDateOutsideTheWindowIsStale() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());

        assertThatThrownBy(() -> verifierAt(NOW.plus(Duration.ofMinutes(61))).verify(signed))
                .isInstanceOfSatisfying(SignatureRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.STALE))
                .hasMessage("Date 2026-03-01T12:00:00Z is more than PT1H in the past (now 2026-03-01T13:01:00Z)");
        assertThatThrownBy(() -> verifierAt(NOW.minus(Duration.ofMinutes(6))).verify(signed))
                .isInstanceOfSatisfying(SignatureRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.STALE))
                .hasMessageContaining("more than PT5M in the future");
        assertThat(verifierAt(NOW.plus(Duration.ofMinutes(59))).verify(signed).keyId()).isEqualTo(ALICE_RSA_KEY);
    }

    @Test
    void aPostWhoseSignatureLeavesOutTheDigestIsRefused() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());
        String header = signed.headers().first("signature").orElseThrow()
                .replace("headers=\"(request-target) host date digest\"", "headers=\"(request-target) host date\"");

        assertRejected(signed.withHeader("Signature", header), Reason.MISSING_HEADER,
                "the signature does not cover digest on a POST with a body (it covers: (request-target) host date)");
    }

    @Test
    void aSignatureWithoutRequestTargetOrDateIsRefused() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());
        String header = signed.headers().first("signature").orElseThrow();

        assertRejected(signed.withHeader("Signature", header.replace("(request-target) ", "")), Reason.MISSING_HEADER,
                "the signature does not cover (request-target)");
        assertRejected(signed.withHeader("Signature", header.replace(" date", "")), Reason.MISSING_HEADER,
                "the signature covers neither date nor (created)");
        assertRejected(signed.withoutHeader("date"), Reason.MISSING_HEADER, "the request has no Date header");
    }

    @Test
    void anUnknownAlgorithmIsNamed() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());
        String header = signed.headers().first("signature").orElseThrow().replace("rsa-sha256", "hmac-sha256");

        assertRejected(signed.withHeader("Signature", header), Reason.UNSUPPORTED_ALGORITHM,
                "algorithm \"hmac-sha256\" is not supported; Plaza accepts rsa-sha256 and hs2019");
    }

    @Test
    void rsaSha256WithAnEd25519KeyIsRefused() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.edKey(), CLOCK).sign(follow());
        String header = signed.headers().first("signature").orElseThrow().replace("hs2019", "rsa-sha256");

        assertRejected(signed.withHeader("Signature", header), Reason.UNSUPPORTED_ALGORITHM,
                "algorithm rsa-sha256 needs an RSA key");
    }

    @Test
    void aMalformedHeaderSaysWhereItBreaks() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());

        assertRejected(signed.withHeader("Signature", "keyId=\"" + ALICE_RSA_KEY + "\",headers=\"date\""),
                Reason.MALFORMED, "the Signature header has no signature parameter");
        assertRejected(signed.withHeader("Signature", "keyId=\"a\",keyId=\"b\",signature=\"AA==\""),
                Reason.MALFORMED, "parameter keyId appears twice");
        assertRejected(signed.withHeader("Signature", "keyId=\"https://a.example/k,signature=\"AA==\""),
                Reason.MALFORMED, "expected ','");
        assertRejected(signed.withHeader("Signature", "keyId=\"/relative\",signature=\"AA==\""),
                Reason.MALFORMED, "keyId \"/relative\" is not an absolute URI");
    }

    @Test
    void fedifysPathOnlyRequestTargetIsAccepted() {
        // Fedify 2.x signs (request-target) with url.pathname, dropping the query.
        URI uri = URI.create("https://plaza.example/users/bob/outbox?page=true");
        SignableRequest request = SignableRequest.get(uri, Headers.empty())
                .withHeader("Host", "plaza.example").withHeader("Date", HttpDates.format(NOW));
        List<String> covered = List.of("(request-target)", "host", "date");
        byte[] signingString = DraftCavageSigningString.build(request, covered, request.path(), Optional.empty(), Optional.empty());
        byte[] signature = KeyType.RSA.sign(TestActors.RSA.getPrivate(), signingString);
        String header = new DraftCavageHeader(ALICE_RSA_KEY, Optional.of("rsa-sha256"), covered, signature,
                Optional.empty(), Optional.empty()).format();

        assertThat(verifier.verify(request.withHeader("Signature", header)).keyId()).isEqualTo(ALICE_RSA_KEY);
    }

    private void assertRejected(SignableRequest request, Reason reason, String message) {
        assertThatThrownBy(() -> verifier.verify(request))
                .isInstanceOfSatisfying(SignatureRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(message);
    }
}
