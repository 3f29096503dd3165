package dev.plaza.web.pages;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.Store;
import dev.plaza.core.measures.Scope;

/** What a dashboard's scope is called on its pages; a community or channel of another workspace is not found. */
final class ScopeNames {

    private final Store store;

    ScopeNames(Store store) {
        this.store = store;
    }

    String name(long workspaceId, Scope scope) {
        return switch (scope) {
            case Scope.All all -> "the whole community";
            case Scope.OfPlatform p -> p.platform().label();
            case Scope.OfCommunity c -> store.communities().find(workspaceId, c.communityId())
                    .orElseThrow(() -> new NotFoundException("community", c.communityId())).name();
            case Scope.OfChannel c -> store.channels().find(workspaceId, c.channelId())
                    .map(channel -> channel.handle() + " (" + channel.platform().label() + ")")
                    .orElseThrow(() -> new NotFoundException("channel", c.channelId()));
        };
    }
}
