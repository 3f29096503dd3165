package dev.plaza.core.actors;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a new local actor starts with: its name, kind, freshly generated key pairs (DER), and for a
 * team member's own account, the member.
 */
public record NewActor(
        String username,
        ActorKind kind,
        String displayName,
        String summary,
        byte[] rsaPublicKey,
        byte[] rsaPrivateKey,
        byte[] ed25519PublicKey,
        byte[] ed25519PrivateKey,
        Optional<Long> teamMemberId) {

    public NewActor {
        requireNonNull(username, "username");
        requireNonNull(kind, "kind");
        requireNonNull(displayName, "displayName");
        requireNonNull(summary, "summary");
        requireNonNull(rsaPublicKey, "rsaPublicKey");
        requireNonNull(rsaPrivateKey, "rsaPrivateKey");
        requireNonNull(ed25519PublicKey, "ed25519PublicKey");
        requireNonNull(ed25519PrivateKey, "ed25519PrivateKey");
        requireNonNull(teamMemberId, "teamMemberId");
    }

    /** An actor of the workspace itself (the brand, a bot, the instance actor): no team member's. */
    public NewActor(String username, ActorKind kind, String displayName, String summary, byte[] rsaPublicKey,
            byte[] rsaPrivateKey, byte[] ed25519PublicKey, byte[] ed25519PrivateKey) {
        this(username, kind, displayName, summary, rsaPublicKey, rsaPrivateKey, ed25519PublicKey, ed25519PrivateKey,
                Optional.empty());
    }

    @Override
    public String toString() {
        return "NewActor[" + username + ", " + kind + "]";
    }
}
