package dev.plaza.web.pages;

import dev.plaza.core.Store;
import dev.plaza.core.bluesky.BlueskyAccount;
import dev.plaza.core.bluesky.BlueskyPost;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.web.bluesky.BlueskyConnections;
import dev.plaza.web.bluesky.BlueskyPosting;
import java.util.Optional;

/** Replies on Bluesky as the workspace's connected account, threaded to the target, and keeps the reply in the thread. */
final class BlueskyReplier implements Replier {

    private final Store store;
    private final BlueskyConnections connections;
    private final BlueskyPosting posting;

    BlueskyReplier(Store store, BlueskyConnections connections, BlueskyPosting posting) {
        this.store = store;
        this.connections = connections;
        this.posting = posting;
    }

    @Override
    public Platform platform() {
        return Platform.BLUESKY;
    }

    @Override
    public String send(Reply reply) {
        BlueskyAccount account = connections.account(reply.workspaceId()).orElseThrow(() -> new IllegalArgumentException(
                "No Bluesky account is connected: connect the brand's under Settings → Bluesky to reply there."));
        if (!BlueskyPosting.isBlueskyTarget(reply.target().uri())) {
            throw new IllegalArgumentException("%s is no Bluesky post (at://…) to reply to".formatted(reply.target().uri()));
        }
        BlueskyPost post = posting.post(reply.workspaceId(), BlueskyPosting.draft(reply.text(), reply.target().language()),
                Optional.of(reply.target().uri()));
        SeenIdentity brand = SeenIdentity.of(Platform.BLUESKY, account.did(), account.handle(), account.handle(), Optional.empty());
        store.ingest().ingest(reply.workspaceId(), reply.sent(brand, post.uri(), post.postedAt(), post.text(), Optional.empty(),
                Optional.empty()), Progress.NONE);
        return "@" + account.handle();
    }
}
