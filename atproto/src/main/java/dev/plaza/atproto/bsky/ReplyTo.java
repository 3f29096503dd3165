package dev.plaza.atproto.bsky;

import static java.util.Objects.requireNonNull;

/**
 * Where a reply goes (app.bsky.feed.post#replyRef): the post it answers and the first post of that thread.
 */
public record ReplyTo(StrongRef root, StrongRef parent) {

    public ReplyTo {
        requireNonNull(root, "root");
        requireNonNull(parent, "parent");
    }

    /** A reply to a post that is not itself a reply: it is both root and parent. */
    public static ReplyTo topLevel(StrongRef post) {
        return new ReplyTo(post, post);
    }
}
