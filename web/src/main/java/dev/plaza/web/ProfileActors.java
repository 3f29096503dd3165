package dev.plaza.web;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.actors.LocalActors;
import java.util.List;

/**
 * The actors whose profiles a workspace's team edits: the brand and the team members' own
 * accounts, not the server's instance actor. Another workspace's actor is not found.
 */
public final class ProfileActors {

    private ProfileActors() {
    }

    public static List<LocalActor> of(LocalActors actors, long workspaceId) {
        return actors.list(workspaceId).stream().filter(a -> a.kind() != ActorKind.APPLICATION).toList();
    }

    public static LocalActor require(LocalActors actors, long workspaceId, String username) {
        return actors.findByUsername(username)
                .filter(a -> a.workspaceId() == workspaceId && a.kind() != ActorKind.APPLICATION)
                .orElseThrow(() -> new NotFoundException("actor", "@" + username));
    }
}
