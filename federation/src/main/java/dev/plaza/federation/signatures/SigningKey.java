package dev.plaza.federation.signatures;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.security.PrivateKey;

/**
 * The private half of an actor's key and the URI others fetch the public half from.
 *
 * @param keyId the key's URI, e.g. {@code https://example.com/users/alice#main-key}
 */
public record SigningKey(URI keyId, PrivateKey privateKey) {

    public SigningKey {
        requireNonNull(keyId, "keyId");
        requireNonNull(privateKey, "privateKey");
        KeyType.of(privateKey);
        privateKey = SigningProvider.prepared(privateKey);
    }

    KeyType type() {
        return KeyType.of(privateKey);
    }
}
