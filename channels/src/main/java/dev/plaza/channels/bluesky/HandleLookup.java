package dev.plaza.channels.bluesky;

import java.util.Optional;

/**
 * Finds the verified handle of an account a stream names by DID alone (its DID document's claimed
 * handle, if that handle resolves back to the DID), so that the people Plaza shows have names.
 */
public interface HandleLookup {

    /** Looks nothing up: accounts keep their DID until the stream or an import tells their handle. */
    HandleLookup NONE = new HandleLookup() {
        @Override
        public Optional<String> handleOf(String did) {
            return Optional.empty();
        }

        @Override
        public void forget(String did) {
        }
    };

    /** The account's verified handle; empty when it has none or it cannot be had right now. */
    Optional<String> handleOf(String did);

    /** The account's identity changed: what was looked up for it is stale. */
    void forget(String did);
}
