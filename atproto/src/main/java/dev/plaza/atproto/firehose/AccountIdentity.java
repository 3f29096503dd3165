package dev.plaza.atproto.firehose;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.crypto.PublicKey;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import java.util.Optional;

/** What a relay knows of an account from its DID document: the DID, its handle and its repository signing key. */
public record AccountIdentity(Did did, Optional<Handle> handle, PublicKey signingKey) {

    public AccountIdentity {
        requireNonNull(did, "did");
        requireNonNull(handle, "handle");
        requireNonNull(signingKey, "signingKey");
    }

    public AccountIdentity withHandle(Optional<Handle> newHandle) {
        return new AccountIdentity(did, newHandle, signingKey);
    }
}
