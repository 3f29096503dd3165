package dev.plaza.web.bluesky;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.bsky.BskyAccount;
import dev.plaza.atproto.bsky.PostDraft;
import dev.plaza.atproto.bsky.ReplyTo;
import dev.plaza.atproto.bsky.StrongRef;
import dev.plaza.atproto.syntax.AtUri;
import dev.plaza.atproto.xrpc.XrpcSession;
import dev.plaza.core.NotFoundException;
import dev.plaza.core.bluesky.BlueskyAccount;
import dev.plaza.core.bluesky.BlueskyPost;
import dev.plaza.web.pages.Fmt;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Posting as the workspace's Bluesky account: a post (facets for mentions, links and hashtags, its
 * language), a reply to an at:// post, and deleting a post Plaza made, each recorded in the store.
 */
public final class BlueskyPosting {

    private static final String POST = "app.bsky.feed.post";
    private static final String GET_RECORD = "com.atproto.repo.getRecord";

    private final BlueskyConnections connections;

    public BlueskyPosting(BlueskyConnections connections) {
        this.connections = requireNonNull(connections, "connections");
    }

    /** Whether a reply target names a Bluesky post (an at:// URI) rather than a fediverse one. */
    public static boolean isBlueskyTarget(String replyTo) {
        return replyTo.strip().startsWith("at://");
    }

    /**
     * Checks the text against a Bluesky post's limits (300 graphemes, 3000 bytes) and the language tag,
     * before anything is sent anywhere.
     */
    public static PostDraft draft(String text, Optional<String> language) {
        try {
            PostDraft draft = PostDraft.of(text);
            return language.map(draft::inLanguages).orElse(draft);
        } catch (AtprotoException e) {
            throw new IllegalArgumentException(Fmt.sentence(e.getMessage()) + ".", e);
        }
    }

    public List<BlueskyPost> posts(long workspaceId, int limit) {
        return connections.accounts().posts(workspaceId, limit);
    }

    public BlueskyPost post(long workspaceId, PostDraft draft, Optional<String> replyTo) {
        BlueskyAccount account = connected(workspaceId);
        StrongRef posted = acting(account, "Bluesky did not take the post", session -> {
            PostDraft sent = replyTo.isPresent() ? draft.replyingTo(replyTarget(session, replyTo.get())) : draft;
            return BskyAccount.of(session).post(sent);
        });
        return connections.accounts().recordPost(workspaceId, account.did(), posted.uri().toString(), posted.cid().toString(),
                draft.text(), replyTo, connections.clock().instant());
    }

    /** Deletes the record from the PDS, then marks the post deleted. */
    public BlueskyPost delete(long workspaceId, long postId) {
        BlueskyPost post = connections.accounts().post(workspaceId, postId)
                .orElseThrow(() -> new NotFoundException("Bluesky post", postId));
        if (post.deleted()) {
            throw new IllegalArgumentException("That Bluesky post is already deleted.");
        }
        BlueskyAccount account = connected(workspaceId);
        if (!account.did().equals(post.did())) {
            throw new IllegalArgumentException(("That post was made as %s, which is no longer the connected account;"
                    + " delete it in the Bluesky app.").formatted(post.did()));
        }
        acting(account, "Bluesky did not delete the post", session -> {
            BskyAccount.of(session).delete(AtUri.parse(post.uri()));
            return post;
        });
        connections.accounts().markDeleted(workspaceId, postId, connections.clock().instant());
        return connections.accounts().post(workspaceId, postId).orElseThrow();
    }

    private BlueskyAccount connected(long workspaceId) {
        return connections.account(workspaceId).orElseThrow(() -> new IllegalArgumentException(
                "No Bluesky account is connected; connect one under Settings → Bluesky."));
    }

    /** Acts as the account, remembering the failure (or clearing the last one) for Settings → Bluesky. */
    private <T> T acting(BlueskyAccount account, String doing, Function<XrpcSession, T> action) {
        T result;
        try {
            result = action.apply(connections.open(account));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            RuntimeException explained = BlueskyFailure.explain(doing, account.pdsUrl(), e);
            connections.accounts().recordError(account.workspaceId(), Optional.of(explained.getMessage()));
            throw explained;
        }
        if (account.lastError().isPresent()) {
            connections.accounts().recordError(account.workspaceId(), Optional.empty());
        }
        return result;
    }

    /** The post answered and its thread's first post, read from the repository that holds them. */
    private static ReplyTo replyTarget(XrpcSession session, String uri) {
        AtUri target;
        try {
            target = AtUri.parse(uri.strip());
        } catch (AtprotoException e) {
            throw new IllegalArgumentException("'%s' is not the at:// URI of a Bluesky post: %s".formatted(uri, e.getMessage()), e);
        }
        if (!target.collection().map(c -> c.value().equals(POST)).orElse(false) || target.recordKey().isEmpty()) {
            throw new IllegalArgumentException("'%s' is not a Bluesky post: its URI is at://<account>/%s/<record key>"
                    .formatted(uri, POST));
        }
        JsonNode record = session.query(GET_RECORD, Map.of("repo", target.authority().value(), "collection", POST,
                "rkey", target.recordKey().get().value()));
        StrongRef parent = StrongRef.of(record.path("uri").asText(uri.strip()), record.path("cid").asText());
        JsonNode root = record.path("value").path("reply").path("root");
        return new ReplyTo(root.isObject() ? StrongRef.of(root.path("uri").asText(), root.path("cid").asText()) : parent,
                parent);
    }
}
