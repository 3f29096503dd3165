package dev.plaza.core.bluesky;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A post Plaza made as the workspace's Bluesky account: the record's AT-URI and CID on the PDS, the
 * text it carried and when it was sent.
 *
 * @param inReplyTo the AT-URI of the post it answers
 * @param deletedAt when Plaza deleted the record from the PDS
 */
public record BlueskyPost(long id, long workspaceId, String did, String uri, String cid, String text,
        Optional<String> inReplyTo, Instant postedAt, Optional<Instant> deletedAt) {

    public BlueskyPost {
        requireNonNull(did, "did");
        requireNonNull(uri, "uri");
        requireNonNull(cid, "cid");
        requireNonNull(text, "text");
        requireNonNull(inReplyTo, "inReplyTo");
        requireNonNull(postedAt, "postedAt");
        requireNonNull(deletedAt, "deletedAt");
        if (!uri.startsWith("at://")) {
            throw new IllegalArgumentException("a Bluesky post is named by its at:// URI, not '%s'".formatted(uri));
        }
    }

    public boolean deleted() {
        return deletedAt.isPresent();
    }

    /** Where people read the post in the Bluesky app: bsky.app/profile/{did}/post/{record key}. */
    public String appUrl() {
        return "https://bsky.app/profile/%s/post/%s".formatted(did, uri.substring(uri.lastIndexOf('/') + 1));
    }
}
