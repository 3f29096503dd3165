package dev.plaza.federation.signatures;

import java.net.URI;
import java.util.Optional;

/** Finds the public key a signature names. */
public interface KeyResolver {

    /** The key for {@code keyId}, from a cache or fetched; throws a FederationException if it cannot be had. */
    ResolvedKey resolve(URI keyId);

    /**
     * A fresh copy after a signature failed with the cached one (the actor may have rotated its key);
     * empty when no re-fetch is allowed right now.
     */
    default Optional<ResolvedKey> refetch(URI keyId) {
        return Optional.empty();
    }
}
