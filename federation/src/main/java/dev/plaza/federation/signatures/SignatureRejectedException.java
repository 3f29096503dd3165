package dev.plaza.federation.signatures;

import static java.util.Objects.requireNonNull;

import dev.plaza.federation.FederationException;

/** A request's signature was refused; {@link #reason()} says which check failed, the message says exactly how. */
public final class SignatureRejectedException extends FederationException {

    /** Which check refused the request: what the HTTP edge and metrics group by. */
    public enum Reason {
        /** No Signature / Signature-Input header at all. */
        UNSIGNED,
        /** The signature header could not be parsed, or a parameter it needs is absent. */
        MALFORMED,
        /** A header or component that must be signed is missing or not covered. */
        MISSING_HEADER,
        /** Date, created or expires lies outside the accepted window. */
        STALE,
        /** Digest or Content-Digest does not match the body. */
        DIGEST_MISMATCH,
        /** An algorithm Plaza does not accept, or one that does not fit the key. */
        UNSUPPORTED_ALGORITHM,
        /** The key could not be obtained. */
        UNKNOWN_KEY,
        /** The cryptographic check failed. */
        BAD_SIGNATURE
    }

    private final Reason reason;

    public SignatureRejectedException(Reason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason");
    }

    public SignatureRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
