package dev.plaza.store;

import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.community.DomainBlock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The read caches of the tables every inbound activity consults, shared by the store classes whose
 * writes make them stale (an archive import writes blocks and ends follows, for instance).
 */
final class StoreCaches {

    /** A workspace's account blocks as the inbox asks about them. */
    record AccountBlocks(Set<String> actorUris, Set<String> pendingAccts) {
    }

    final ReadCache<String, Optional<LocalActor>> localActors = new ReadCache<>(10_000);
    final ReadCache<String, List<Follow>> followingOf = new ReadCache<>(10_000);
    final ReadCache<Long, List<DomainBlock>> domainBlocks = new ReadCache<>(1_000);
    final ReadCache<Long, AccountBlocks> accountBlocks = new ReadCache<>(1_000);

    /** After a commit that blocked accounts or servers: blocks changed, and blocking ends follows. */
    void blocksChanged() {
        domainBlocks.invalidate();
        accountBlocks.invalidate();
        followingOf.invalidate();
    }
}
