package dev.plaza.core.actors;

import static java.util.Objects.requireNonNull;

/** What a new local actor starts with: its name, kind, and freshly generated key pairs (DER). */
public record NewActor(
        String username,
        ActorKind kind,
        String displayName,
        String summary,
        byte[] rsaPublicKey,
        byte[] rsaPrivateKey,
        byte[] ed25519PublicKey,
        byte[] ed25519PrivateKey) {

    public NewActor {
        requireNonNull(username, "username");
        requireNonNull(kind, "kind");
        requireNonNull(displayName, "displayName");
        requireNonNull(summary, "summary");
        requireNonNull(rsaPublicKey, "rsaPublicKey");
        requireNonNull(rsaPrivateKey, "rsaPrivateKey");
        requireNonNull(ed25519PublicKey, "ed25519PublicKey");
        requireNonNull(ed25519PrivateKey, "ed25519PrivateKey");
    }

    @Override
    public String toString() {
        return "NewActor[" + username + ", " + kind + "]";
    }
}
