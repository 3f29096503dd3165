package dev.plaza.store;

import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.community.DomainBlock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The read caches of the tables every inbound activity consults. The store classes whose writes
 * make them stale invalidate them as soon as they commit (an archive import writes blocks and ends
 * follows, for instance); changes by other processes arrive as notifications from the tables'
 * triggers ({@link #CHANNEL}, payload: the table).
 */
final class StoreCaches {

    static final String CHANNEL = "plaza_cache";

    /** A workspace's account blocks as the inbox asks about them. */
    record AccountBlocks(Set<String> actorUris, Set<String> pendingAccts) {
    }

    final ReadCache<String, Optional<LocalActor>> localActors = new ReadCache<>(10_000);
    final ReadCache<String, List<Follow>> followingOf = new ReadCache<>(10_000);
    final ReadCache<Long, List<DomainBlock>> domainBlocks = new ReadCache<>(1_000);
    final ReadCache<Long, AccountBlocks> accountBlocks = new ReadCache<>(1_000);

    /** A table changed ({@code ""}: perhaps any of them). */
    void changed(String table) {
        switch (table) {
            case "local_actor" -> localActors.invalidate();
            case "following" -> followingOf.invalidate();
            case "domain_block" -> domainBlocks.invalidate();
            case "actor_block" -> accountBlocks.invalidate();
            default -> {
                localActors.invalidate();
                blocksChanged();
            }
        }
    }

    /** After a commit that blocked accounts or servers: blocks changed, and blocking ends follows. */
    void blocksChanged() {
        domainBlocks.invalidate();
        accountBlocks.invalidate();
        followingOf.invalidate();
    }
}
