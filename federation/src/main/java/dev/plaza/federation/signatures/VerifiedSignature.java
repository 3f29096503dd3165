package dev.plaza.federation.signatures;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * A request whose signature checked out.
 *
 * @param keyId the key that signed it
 * @param owner the actor the key belongs to: the authenticated sender, whose origin callers still compare
 *              with the activity's actor (design.md §6)
 */
public record VerifiedSignature(URI keyId, URI owner, SignatureDialect dialect) {

    public VerifiedSignature {
        requireNonNull(keyId, "keyId");
        requireNonNull(owner, "owner");
        requireNonNull(dialect, "dialect");
    }
}
