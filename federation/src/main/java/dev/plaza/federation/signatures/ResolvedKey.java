package dev.plaza.federation.signatures;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.security.PublicKey;

/**
 * A public key as published by its actor.
 *
 * @param keyId the key's URI (what a signature's keyId names)
 * @param owner the actor that publishes the key ({@code owner} / {@code controller})
 */
public record ResolvedKey(URI keyId, URI owner, PublicKey publicKey) {

    public ResolvedKey {
        requireNonNull(keyId, "keyId");
        requireNonNull(owner, "owner");
        requireNonNull(publicKey, "publicKey");
        publicKey = SigningProvider.prepared(publicKey);
    }
}
