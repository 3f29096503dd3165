package dev.plaza.federation.signatures;

import dev.plaza.federation.peer.MisskeyVerdict;
import dev.plaza.federation.peer.MisskeyVerifier;
import dev.plaza.net.Headers;
import dev.plaza.net.SignableRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static dev.plaza.federation.signatures.TestActors.CLOCK;
import static dev.plaza.federation.signatures.TestActors.ED25519;
import static dev.plaza.federation.signatures.TestActors.NOW;
import static dev.plaza.federation.signatures.TestActors.RSA;
import static dev.plaza.federation.signatures.TestActors.follow;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second implementation checks what Plaza signs: {@code @misskey-dev/node-http-message-signatures}
 * 0.0.10, Misskey's signature library, verifies Plaza's draft-cavage signatures with its own parser,
 * signing string, Digest check and verify call. For RFC 9421 that release has no verify call (parsing
 * such a request ends in "Not implemented"); there the library builds the signature base, checks
 * Content-Digest and imports the key, and verify-signature.mjs checks the signature over that base.
 */
class MisskeyVerifiesPlazaTest {

    private static final MisskeyVerdict DRAFT_CAVAGE_OK = new MisskeyVerdict(true, Optional.of("draft-cavage"), true, Optional.empty());
    private static final MisskeyVerdict RFC_9421_OK = new MisskeyVerdict(true, Optional.of("rfc9421"), true, Optional.empty());
    private static final byte[] OTHER_BODY = "{\"type\":\"Delete\",\"actor\":\"https://alice.example/users/alice\"}"
            .getBytes(StandardCharsets.UTF_8);

    // --- draft-cavage ------------------------------------------------------------------------

    @Test
    void aDraftCavageRsaSha256PostWithItsDigestIsVerified() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());

        assertThat(verify(signed, RSA.getPublic())).isEqualTo(DRAFT_CAVAGE_OK);
    }

    @Test
    void hs2019IsVerifiedWithAnEd25519KeyAndWithAnRsaKey() {
        SignableRequest ed = DraftCavageSigner.of(TestActors.edKey(), CLOCK).sign(follow());
        SignableRequest rsa = DraftCavageSigner.hs2019(TestActors.rsaKey(), CLOCK).sign(follow());

        assertThat(verify(ed, ED25519.getPublic())).isEqualTo(DRAFT_CAVAGE_OK);
        assertThat(verify(rsa, RSA.getPublic())).isEqualTo(DRAFT_CAVAGE_OK);
    }

    @Test
    void aDraftCavageSignedGetWithAQueryIsVerified() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(outboxPage());

        assertThat(verify(signed, RSA.getPublic())).isEqualTo(DRAFT_CAVAGE_OK);
    }

    @Test
    void aDraftCavagePostWhoseBodyChangedFailsItsDigest() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());

        MisskeyVerdict verdict = verify(withBody(signed, OTHER_BODY), RSA.getPublic());

        assertThat(verdict.digestOk()).isFalse();
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.error()).hasValueSatisfying(e -> assertThat(e).contains("Digest header hash mismatch"));
    }

    @Test
    void aDraftCavagePostWithANewBodyAndAMatchingDigestFailsItsSignature() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());
        SignableRequest swapped = withBody(signed, OTHER_BODY).withHeader("Digest", Digests.digestHeader(OTHER_BODY));

        MisskeyVerdict verdict = verify(swapped, RSA.getPublic());

        assertThat(verdict.digestOk()).isTrue();
        assertThat(verdict.verified()).isFalse();
    }

    @Test
    void aDraftCavageSignedHeaderThatChangedFailsTheSignature() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());
        // a second later: still inside the clock window, so only the signature can refuse it
        SignableRequest redated = signed.withHeader("Date", HttpDates.format(NOW.plusSeconds(1)));

        MisskeyVerdict verdict = verify(redated, RSA.getPublic());

        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.error()).hasValueSatisfying(e -> assertThat(e).contains("verification simply failed"));
    }

    @Test
    void aDraftCavageSignatureCheckedWithAnotherKeyFails() {
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());

        assertThat(verify(signed, ActorKeys.generateRsa().getPublic()).verified()).isFalse();
    }

    // --- RFC 9421 ----------------------------------------------------------------------------

    @Test
    void anRfc9421PostWithItsContentDigestIsVerifiedWithAnRsaKeyAndWithAnEd25519Key() {
        SignableRequest rsa = new Rfc9421Signer(TestActors.rsaKey(), CLOCK).sign(follow());
        SignableRequest ed = new Rfc9421Signer(TestActors.edKey(), CLOCK).sign(follow());

        assertThat(verify(rsa, RSA.getPublic())).isEqualTo(RFC_9421_OK);
        assertThat(verify(ed, ED25519.getPublic())).isEqualTo(RFC_9421_OK);
    }

    @Test
    void anRfc9421SignedGetWithAQueryIsVerified() {
        SignableRequest signed = new Rfc9421Signer(TestActors.edKey(), CLOCK).sign(outboxPage());

        assertThat(verify(signed, ED25519.getPublic())).isEqualTo(RFC_9421_OK);
    }

    @Test
    void anRfc9421PostWhoseBodyChangedFailsItsContentDigest() {
        SignableRequest signed = new Rfc9421Signer(TestActors.rsaKey(), CLOCK).sign(follow());

        MisskeyVerdict verdict = verify(withBody(signed, OTHER_BODY), RSA.getPublic());

        assertThat(verdict.digestOk()).isFalse();
        assertThat(verdict.accepted()).isFalse();
    }

    @Test
    void anRfc9421PostWithANewBodyAndAMatchingContentDigestFailsItsSignature() {
        SignableRequest signed = new Rfc9421Signer(TestActors.rsaKey(), CLOCK).sign(follow());
        SignableRequest swapped = withBody(signed, OTHER_BODY)
                .withHeader("Content-Digest", Digests.contentDigestHeader(OTHER_BODY));

        MisskeyVerdict verdict = verify(swapped, RSA.getPublic());

        assertThat(verdict.digestOk()).isTrue();
        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.error()).hasValueSatisfying(e -> assertThat(e).contains("does not match its base"));
    }

    @Test
    void anRfc9421RequestSentToAnotherInboxFailsItsSignature() {
        SignableRequest signed = new Rfc9421Signer(TestActors.rsaKey(), CLOCK).sign(follow());

        MisskeyVerdict verdict = verify(signed.withUri(URI.create("https://plaza.example/users/carol/inbox")), RSA.getPublic());

        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.error()).hasValueSatisfying(e -> assertThat(e).contains("does not match its base"));
    }

    @Test
    void anRfc9421SignatureCheckedWithAnotherKeyFails() {
        SignableRequest signed = new Rfc9421Signer(TestActors.edKey(), CLOCK).sign(follow());

        assertThat(verify(signed, ActorKeys.generateEd25519().getPublic()).verified()).isFalse();
    }

    // --- both ----------------------------------------------------------------------------------

    @Test
    void signaturesTenMinutesOldAreRefusedInBothDialects() {
        SignableRequest draft = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(follow());
        SignableRequest rfc9421 = new Rfc9421Signer(TestActors.rsaKey(), CLOCK).sign(follow());
        Instant later = NOW.plus(Duration.ofMinutes(10));

        MisskeyVerdict draftLate = MisskeyVerifier.verify(draft, RSA.getPublic(), later);
        MisskeyVerdict rfc9421Late = MisskeyVerifier.verify(rfc9421, RSA.getPublic(), later);

        // proves the library read Plaza's Date and created: an unreadable date would pass its check
        assertThat(draftLate.verified()).isFalse();
        assertThat(draftLate.error()).hasValueSatisfying(e -> assertThat(e).contains("Clock skew is invalid"));
        assertThat(rfc9421Late.verified()).isFalse();
        assertThat(rfc9421Late.error()).hasValueSatisfying(e -> assertThat(e).contains("Clock skew is invalid"));
    }

    private static MisskeyVerdict verify(SignableRequest signed, PublicKey key) {
        return MisskeyVerifier.verify(signed, key, NOW);
    }

    private static SignableRequest outboxPage() {
        return SignableRequest.get(URI.create("https://plaza.example/users/bob/outbox?page=2"),
                Headers.of("Accept", "application/activity+json"));
    }

    private static SignableRequest withBody(SignableRequest request, byte[] body) {
        return new SignableRequest(request.method(), request.uri(), request.headers(), body);
    }
}
