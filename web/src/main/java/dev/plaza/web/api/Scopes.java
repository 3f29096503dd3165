package dev.plaza.web.api;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.Store;
import dev.plaza.core.measures.Scope;

/**
 * The communities and channels a query names, checked against the caller's workspace: another
 * workspace's is not found, as if it did not exist, rather than read as empty.
 */
final class Scopes {

    private final Store store;

    Scopes(Store store) {
        this.store = store;
    }

    void requireOwned(long workspaceId, Scope scope) {
        switch (scope) {
            case Scope.OfCommunity c -> community(workspaceId, c.communityId());
            case Scope.OfChannel c -> store.channels().find(workspaceId, c.channelId())
                    .orElseThrow(() -> new NotFoundException("channel", c.channelId()));
            case Scope.All all -> { }
            case Scope.OfPlatform platform -> { }
        }
    }

    long community(long workspaceId, long communityId) {
        return store.communities().find(workspaceId, communityId)
                .orElseThrow(() -> new NotFoundException("community", communityId)).id();
    }
}
