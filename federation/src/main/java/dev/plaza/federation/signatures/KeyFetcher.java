package dev.plaza.federation.signatures;

import java.net.URI;

/** Fetches a key document (or the actor holding it) from its origin; the real one makes a signed GET. */
@FunctionalInterface
public interface KeyFetcher {

    /** Throws a FederationException saying why when the key cannot be fetched. */
    ResolvedKey fetch(URI keyId);
}
