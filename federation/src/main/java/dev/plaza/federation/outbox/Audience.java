package dev.plaza.federation.outbox;

import dev.plaza.core.Store;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.community.DomainBlock;
import dev.plaza.federation.follows.FollowerInboxes;
import dev.plaza.federation.inbox.Origins;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Whom the brand's posts and reactions may reach: never an account or a server its workspace blocks. */
final class Audience {

    private final Store store;

    Audience(Store store) {
        this.store = store;
    }

    /** Accepted followers' inboxes (each server's shared inbox once), blocked accounts left out. */
    List<URI> followerInboxes(LocalActor actor) {
        List<Follow> followers = FollowerInboxes.accepted(store.follows(), actor.id());
        Set<String> blocked = store.blocks().blockedActors(actor.workspaceId(),
                followers.stream().map(Follow::remoteActorUri).toList());
        return FollowerInboxes.inboxes(followers.stream().filter(f -> !blocked.contains(f.remoteActorUri())).toList());
    }

    /** Whether {@code actorUri} (someone mentioned, an author reacted to) may be sent to. */
    boolean reachable(LocalActor actor, String actorUri) {
        return store.blocks().blockedActors(actor.workspaceId(), List.of(actorUri)).isEmpty()
                && !onBlockedServer(actor, actorUri);
    }

    /** The inboxes that are not on a server the workspace blocks. */
    List<URI> unblocked(LocalActor actor, Collection<URI> inboxes) {
        return inboxes.stream().filter(inbox -> !onBlockedServer(actor, inbox.toString())).toList();
    }

    private boolean onBlockedServer(LocalActor actor, String iri) {
        List<String> domains = store.communities().blockedDomains(actor.workspaceId()).stream().map(DomainBlock::domain).toList();
        return Origins.host(iri).map(host -> Origins.blocked(host, domains)).orElse(false);
    }
}
