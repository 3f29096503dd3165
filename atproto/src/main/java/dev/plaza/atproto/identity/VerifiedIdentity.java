package dev.plaza.atproto.identity;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;

/**
 * An account's identity as atproto shows it: its DID, its document, and its handle when the handle is verified in
 * both directions (the document claims it and it resolves back to the DID), else {@link #INVALID_HANDLE}.
 */
public record VerifiedIdentity(Did did, DidDocument document, Handle handle) {

    /** What atproto shows in place of a handle that does not verify (atproto handle spec). */
    public static final Handle INVALID_HANDLE = Handle.parse("handle.invalid");

    public VerifiedIdentity {
        requireNonNull(did, "did");
        requireNonNull(document, "document");
        requireNonNull(handle, "handle");
        if (!document.did().equals(did)) {
            throw new IllegalArgumentException("the document of %s is not the identity of %s".formatted(document.did(), did));
        }
    }

    public boolean handleVerified() {
        return !handle.equals(INVALID_HANDLE);
    }
}
