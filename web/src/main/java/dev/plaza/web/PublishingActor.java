package dev.plaza.web;

import dev.plaza.core.PlazaException;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.federation.inbox.InboxSetup;
import java.util.Optional;

/**
 * The actor a workspace publishes as: its first local actor that is neither the server's instance
 * actor nor a team member's own account.
 */
public final class PublishingActor {

    private PublishingActor() {
    }

    public static Optional<LocalActor> of(LocalActors actors, long workspaceId) {
        return actors.list(workspaceId).stream()
                .filter(a -> !a.username().equals(InboxSetup.INSTANCE_ACTOR) && a.kind() != ActorKind.PERSON).findFirst();
    }

    /** The actor, or a refusal that says how a workspace gets one. */
    public static LocalActor require(LocalActors actors, long workspaceId) {
        return of(actors, workspaceId).orElseThrow(() -> new PlazaException(
                "this workspace has no fediverse actor yet; `plaza serve` creates the brand's on first start"));
    }
}
