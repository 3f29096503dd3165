package dev.plaza.federation.signatures;

import dev.plaza.net.Headers;
import dev.plaza.net.SignableRequest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import static dev.plaza.federation.signatures.TestActors.CLOCK;
import static dev.plaza.federation.signatures.TestActors.NOW;
import static dev.plaza.federation.signatures.TestActors.follow;
import static dev.plaza.federation.signatures.TestActors.verifierAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureVerifierTest {

    private final SignatureVerifier verifier = verifierAt(NOW);

    @Test
    void eachDialectIsRecognisedByItsHeaders() {
        assertThat(verifier.verify(new Rfc9421Signer(TestActors.edKey(), CLOCK).sign(follow())).dialect())
                .isEqualTo(SignatureDialect.RFC_9421);
        assertThat(verifier.verify(DraftCavageSigner.of(TestActors.edKey(), CLOCK).sign(follow())).dialect())
                .isEqualTo(SignatureDialect.DRAFT_CAVAGE);
    }

    @Test
    void anUnsignedRequestIsRefusedWhenSignaturesAreRequired() {
        assertThatThrownBy(() -> verifier.verify(follow()))
                .isInstanceOfSatisfying(SignatureRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignatureRejectedException.Reason.UNSIGNED))
                .hasMessage("the request has no Signature header");
    }

    @Test
    void anUnsignedGetPassesWhenSignaturesAreOptionalButABadSignatureNeverDoes() {
        SignableRequest get = SignableRequest.get(URI.create("https://plaza.example/users/bob"), Headers.empty());
        SignableRequest signed = DraftCavageSigner.of(TestActors.rsaKey(), CLOCK).sign(get);

        assertThat(verifier.verifyIfSigned(get)).isEmpty();
        assertThat(verifier.verifyIfSigned(signed)).isPresent();
        assertThatThrownBy(() -> verifier.verifyIfSigned(signed.withUri(URI.create("https://plaza.example/users/carol"))))
                .isInstanceOf(SignatureRejectedException.class);
    }

    @Test
    void anUnknownKeyIsReportedWithTheFetchError() {
        SignableRequest signed = DraftCavageSigner.of(new SigningKey(URI.create("https://mallory.example/key"),
                TestActors.RSA.getPrivate()), CLOCK).sign(follow());

        assertThatThrownBy(() -> verifier.verify(signed))
                .hasMessage("could not obtain key https://mallory.example/key: https://mallory.example/key answered 404");
    }
}
