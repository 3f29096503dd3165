package dev.plaza.federation.actors;

import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.core.actors.NewActor;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;

/**
 * Makes a local actor with its own key pairs: RSA-2048 for draft-cavage signatures (what every
 * fediverse server verifies) and Ed25519 for RFC 9421 and object integrity proofs (FEP-8b32).
 */
public final class ActorProvisioner {

    private final LocalActors actors;

    public ActorProvisioner(LocalActors actors) {
        this.actors = actors;
    }

    public LocalActor create(long workspaceId, String username, ActorKind kind, String displayName, String summary) {
        KeyPair rsa = generate("RSA", 2048);
        KeyPair ed25519 = generate("Ed25519", 0);
        return actors.create(workspaceId, new NewActor(username, kind, displayName, summary,
                rsa.getPublic().getEncoded(), rsa.getPrivate().getEncoded(),
                rawEd25519(ed25519.getPublic().getEncoded()), ed25519.getPrivate().getEncoded()));
    }

    /** The actor, created on first use. */
    public LocalActor ensure(long workspaceId, String username, ActorKind kind, String displayName, String summary) {
        return actors.findByUsername(username).orElseGet(() -> create(workspaceId, username, kind, displayName, summary));
    }

    private static KeyPair generate(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (size > 0) {
                generator.initialize(size);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " key generation is missing from this JDK", e);
        }
    }

    /** An Ed25519 SPKI is a fixed 12-byte header and the 32-byte key (RFC 8410 §4). */
    static byte[] rawEd25519(byte[] spki) {
        return Arrays.copyOfRange(spki, spki.length - 32, spki.length);
    }
}
