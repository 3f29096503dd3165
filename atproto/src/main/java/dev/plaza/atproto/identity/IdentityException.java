package dev.plaza.atproto.identity;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;

/** A handle or DID could not be resolved or verified; {@link #reason()} says how it failed. */
public final class IdentityException extends AtprotoException {

    public enum Reason {
        /** There is no such handle or DID: no TXT record and no well-known answer, or the DID's host answered 404/410. */
        NOT_FOUND,
        /** An answer came but atproto refuses it: conflicting DIDs, a document for another DID, too large, not JSON. */
        INVALID,
        /** The lookup did not complete: a DNS or network failure, a timeout, an unexpected HTTP status. */
        UNAVAILABLE
    }

    private final Reason reason;

    public IdentityException(Reason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason");
    }

    public IdentityException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    /** The same failure thrown afresh for a later caller (a cached negative answer), this one as its cause. */
    IdentityException again() {
        return new IdentityException(reason, getMessage(), this);
    }
}
