package dev.plaza.core.blocks;

import dev.plaza.core.community.DomainBlock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts and servers a workspace blocks. {@link dev.plaza.core.community.Communities#blockedDomains}
 * lists the servers; this port changes them and keeps the accounts.
 */
public interface Blocks {

    /** The workspace's account blocks, newest first. */
    List<ActorBlock> actors(long workspaceId);

    Optional<ActorBlock> actor(long workspaceId, long blockId);

    Optional<ActorBlock> byActorUri(long workspaceId, String actorUri);

    /** Stores an account block; if the actor is blocked already, answers that block unchanged. */
    ActorBlock blockActor(long workspaceId, NewActorBlock block);

    /**
     * Binds the pending block of {@code acct} (if there is one) to the actor now seen with that
     * address; answers the block that holds from now on. A block of the same actor made meanwhile
     * wins, and the pending one is dropped.
     */
    Optional<ActorBlock> resolvePending(long workspaceId, String acct, String actorUri, Optional<String> inbox);

    /** Removes an account block; false if there was none. */
    boolean unblockActor(long workspaceId, long blockId);

    /** Which of {@code actorUris} the workspace blocks. */
    Set<String> blockedActors(long workspaceId, Collection<String> actorUris);

    /** Blocks a server (lower-cased); if it is blocked already, its reason is replaced. */
    DomainBlock blockDomain(long workspaceId, String domain, String reason);

    /** Removes a server block; false if there was none. */
    boolean unblockDomain(long workspaceId, String domain);
}
