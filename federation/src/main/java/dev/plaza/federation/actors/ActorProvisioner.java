package dev.plaza.federation.actors;

import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.core.actors.NewActor;
import dev.plaza.core.team.TeamMember;
import dev.plaza.federation.signatures.ActorKeys;
import java.security.KeyPair;
import java.util.Optional;

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
        return actors.create(workspaceId, withNewKeys(username, kind, displayName, summary, Optional.empty()));
    }

    /**
     * A team member's own account on this server: a {@code Person} under the member's name, with
     * its own keys. Refused when the username is not one or is taken, or the member has one already.
     */
    public LocalActor createFor(TeamMember member, String username) {
        return actors.create(member.workspaceId(),
                withNewKeys(username, ActorKind.PERSON, member.displayName(), "", Optional.of(member.id())));
    }

    /** The actor, created on first use. */
    public LocalActor ensure(long workspaceId, String username, ActorKind kind, String displayName, String summary) {
        return actors.findByUsername(username).orElseGet(() -> create(workspaceId, username, kind, displayName, summary));
    }

    private static NewActor withNewKeys(String username, ActorKind kind, String displayName, String summary,
            Optional<Long> teamMemberId) {
        KeyPair rsa = ActorKeys.generateRsa();
        KeyPair ed25519 = ActorKeys.generateEd25519();
        return new NewActor(username, kind, displayName, summary, rsa.getPublic().getEncoded(),
                rsa.getPrivate().getEncoded(), ed25519.getPublic().getEncoded(), ed25519.getPrivate().getEncoded(),
                teamMemberId);
    }
}
