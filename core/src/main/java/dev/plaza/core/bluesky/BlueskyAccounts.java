package dev.plaza.core.bluesky;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Bluesky account each workspace connected, its app password sealed at rest, and the posts Plaza
 * made as it.
 */
public interface BlueskyAccounts {

    Optional<BlueskyAccount> find(long workspaceId);

    /** Stores the workspace's account and its app password, replacing any account connected before. */
    BlueskyAccount connect(BlueskyAccount account, String appPassword);

    /** The account's app password, unsealed, for logging in again. */
    Optional<String> appPassword(long workspaceId);

    /** Remembers what went wrong acting as the account, or clears it (empty) after a success. */
    void recordError(long workspaceId, Optional<String> error);

    /** Forgets the account and its app password; its posts stay listed. Answers whether there was one. */
    boolean disconnect(long workspaceId);

    BlueskyPost recordPost(long workspaceId, String did, String uri, String cid, String text, Optional<String> inReplyTo,
            Instant at);

    /** The workspace's posts on Bluesky, newest first. */
    List<BlueskyPost> posts(long workspaceId, int limit);

    Optional<BlueskyPost> post(long workspaceId, long postId);

    void markDeleted(long workspaceId, long postId, Instant at);
}
