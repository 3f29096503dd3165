package dev.plaza.federation.inbox;

import dev.plaza.core.publishing.LocalPost;

/** Told when a remote vote on one of Plaza's polls has been counted and stored. */
@FunctionalInterface
public interface VotesCounted {

    VotesCounted IGNORED = poll -> { };

    void changed(LocalPost poll);
}
