package dev.plaza.federation.signatures;

import dev.plaza.net.SignableRequest;
import java.time.Clock;
import java.util.Optional;
import static java.util.Objects.requireNonNull;

/**
 * Verifies an incoming request signed in either dialect: RFC 9421 when it has Signature-Input,
 * draft-cavage otherwise. Throws {@link SignatureRejectedException} saying what was wrong.
 */
public final class SignatureVerifier {

    private final KeyResolver keys;
    private final DraftCavageVerifier draftCavage;
    private final Rfc9421Verifier rfc9421;

    public SignatureVerifier(KeyResolver keys) {
        this(keys, DateWindow.DEFAULT, Clock.systemUTC());
    }

    public SignatureVerifier(KeyResolver keys, DateWindow window, Clock clock) {
        this.keys = requireNonNull(keys, "keys");
        this.draftCavage = new DraftCavageVerifier(window, clock);
        this.rfc9421 = new Rfc9421Verifier(window, clock);
    }

    /** For inboxes, and for GETs when signed fetches are required: an unsigned request is refused. */
    public VerifiedSignature verify(SignableRequest request) {
        return request.headers().contains("signature-input")
                ? rfc9421.verify(request, keys)
                : draftCavage.verify(request, keys);
    }

    /** For GETs when signed fetches are optional: empty if unsigned, but a signature present must be valid. */
    public Optional<VerifiedSignature> verifyIfSigned(SignableRequest request) {
        if (!request.headers().contains("signature") && !request.headers().contains("signature-input")) {
            return Optional.empty();
        }
        return Optional.of(verify(request));
    }
}
