package dev.plaza.atproto.listening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.plaza.atproto.bsky.BskyAccount;
import dev.plaza.atproto.bsky.PostDraft;
import dev.plaza.atproto.bsky.StrongRef;
import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.FirehoseMessage;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.xrpc.AppPassword;
import dev.plaza.atproto.xrpc.AppPasswordSession;
import dev.plaza.atproto.xrpc.InMemorySessionStore;
import dev.plaza.atproto.xrpc.Jwt;
import dev.plaza.atproto.xrpc.SessionOptions;
import dev.plaza.atproto.xrpc.XrpcClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes records to the reference PDS as Bluesky accounts do (posts, likes, reposts, follows, deletes) and notes each
 * write as the repository operation the firehose must carry: "create at://did/collection/rkey cid" or "delete at://…".
 */
public final class PeerWriter {

    private static final String PASSWORD = "correct horse battery staple";

    private final XrpcClient pds;
    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final List<String> written = new ArrayList<>();

    public PeerWriter(XrpcClient pds) {
        this.pds = pds;
    }

    /** A new account on the PDS, acting through an app password session. */
    public BskyAccount account(String handle) {
        JsonNode created = pds.procedure("com.atproto.server.createAccount", JsonNodeFactory.instance.objectNode()
                .put("handle", handle).put("email", handle.replace('.', '-') + "@example.com").put("password", PASSWORD),
                Optional.empty());
        JsonNode appPassword = pds.procedure("com.atproto.server.createAppPassword",
                JsonNodeFactory.instance.objectNode().put("name", "Plaza"), Optional.of(Jwt.of(created.path("accessJwt").asText())));
        return BskyAccount.of(AppPasswordSession.login(pds, AppPassword.of(handle, appPassword.path("password").asText()), sessions,
                SessionOptions.DEFAULT));
    }

    public StrongRef post(BskyAccount author, String text) {
        return created(author.post(PostDraft.of(text)));
    }

    public StrongRef like(BskyAccount liker, StrongRef subject) {
        return created(liker.like(subject));
    }

    public StrongRef repost(BskyAccount reposter, StrongRef subject) {
        return created(reposter.repost(subject));
    }

    public StrongRef follow(BskyAccount follower, Did followed) {
        return created(follower.follow(followed));
    }

    public void delete(BskyAccount owner, StrongRef record) {
        owner.delete(record.uri());
        note("delete " + record.uri());
    }

    /** Every write so far, as the operations the firehose carries. */
    public synchronized List<String> written() {
        return List.copyOf(written);
    }

    /** The record operations of the commits among {@code messages}, in the same form as {@link #written()}. */
    public static List<String> operations(List<FirehoseMessage> messages) {
        List<String> operations = new ArrayList<>();
        for (FirehoseMessage message : messages) {
            if (message instanceof CommitMessage commit) {
                commit.ops().forEach(op -> operations.add(op.action().wireName() + " at://" + commit.repo() + "/" + op.path()
                        + op.cid().map(cid -> " " + cid).orElse("")));
            }
        }
        return operations;
    }

    private StrongRef created(StrongRef record) {
        note("create " + record.uri() + " " + record.cid());
        return record;
    }

    private synchronized void note(String operation) {
        written.add(operation);
    }
}
