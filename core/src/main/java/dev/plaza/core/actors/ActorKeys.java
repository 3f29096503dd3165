package dev.plaza.core.actors;

import static java.util.Objects.requireNonNull;

/** An actor's private keys (PKCS#8 DER), unsealed for signing. Never logged, never shown. */
public record ActorKeys(byte[] rsaPrivateKey, byte[] ed25519PrivateKey) {

    public ActorKeys {
        requireNonNull(rsaPrivateKey, "rsaPrivateKey");
        requireNonNull(ed25519PrivateKey, "ed25519PrivateKey");
    }

    @Override
    public String toString() {
        return "ActorKeys[sealed]";
    }
}
