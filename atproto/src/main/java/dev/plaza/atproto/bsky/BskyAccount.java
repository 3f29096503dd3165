package dev.plaza.atproto.bsky;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.syntax.AtUri;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.xrpc.XrpcSession;
import java.time.Clock;
import java.time.Instant;

/**
 * The brand acting on Bluesky as its own account: posts (with facets, replies, quotes), likes, reposts,
 * follows and deletions, each a record written to the account's repository on its PDS with
 * com.atproto.repo.createRecord or deleteRecord. What is created is answered as its AT-URI and CID.
 */
public final class BskyAccount {

    static final String LIKE = "app.bsky.feed.like";
    static final String REPOST = "app.bsky.feed.repost";
    static final String FOLLOW = "app.bsky.graph.follow";
    private static final String CREATE_RECORD = "com.atproto.repo.createRecord";
    private static final String DELETE_RECORD = "com.atproto.repo.deleteRecord";

    private final XrpcSession session;
    private final HandleToDid handles;
    private final Clock clock;

    /** @param clock the createdAt of records whose draft gives none */
    public BskyAccount(XrpcSession session, HandleToDid handles, Clock clock) {
        this.session = requireNonNull(session, "session");
        this.handles = requireNonNull(handles, "handles");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Resolves mentions on the account's PDS and dates records by the system clock. */
    public static BskyAccount of(XrpcSession session) {
        return new BskyAccount(session, HandleToDid.viaPds(session), Clock.systemUTC());
    }

    public Did did() {
        return session.did();
    }

    public StrongRef post(PostDraft draft) {
        Instant createdAt = draft.createdAt().orElseGet(clock::instant);
        return create(PostRecord.POST, PostRecord.post(draft, RichText.facets(draft.text(), handles), createdAt));
    }

    public StrongRef like(StrongRef subject) {
        return create(LIKE, PostRecord.subject(LIKE, subject, clock.instant()));
    }

    public StrongRef repost(StrongRef subject) {
        return create(REPOST, PostRecord.subject(REPOST, subject, clock.instant()));
    }

    public StrongRef follow(Did account) {
        return create(FOLLOW, PostRecord.follow(FOLLOW, account.value(), clock.instant()));
    }

    /** Deletes one of the account's own records: a post, like, repost or follow it made. */
    public void delete(AtUri record) {
        if (!record.authority().equals(did()) || record.collection().isEmpty() || record.recordKey().isEmpty()) {
            throw new AtprotoException("%s can delete only its own records, at://%s/<collection>/<record key>; not %s"
                    .formatted(did(), did(), record));
        }
        ObjectNode input = JsonNodeFactory.instance.objectNode()
                .put("repo", did().value())
                .put("collection", record.collection().get().value())
                .put("rkey", record.recordKey().get().value());
        session.procedure(DELETE_RECORD, input);
    }

    private StrongRef create(String collection, ObjectNode record) {
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("repo", did().value()).put("collection", collection);
        input.set("record", record);
        JsonNode output = session.procedure(CREATE_RECORD, input);
        String uri = output.path("uri").asText("");
        String cid = output.path("cid").asText("");
        if (!AtUri.isValid(uri) || !isCid(cid)) {
            throw new AtprotoException("%s of a %s answered no valid uri and cid: %s".formatted(CREATE_RECORD, collection, output));
        }
        AtUri created = AtUri.parse(uri);
        if (!created.authority().equals(did()) || !created.collection().map(c -> c.value().equals(collection)).orElse(false)) {
            throw new AtprotoException("%s of a %s in %s answered a record elsewhere: %s".formatted(CREATE_RECORD, collection,
                    did(), uri));
        }
        return new StrongRef(created, Cid.parse(cid));
    }

    private static boolean isCid(String text) {
        try {
            Cid.parse(text);
            return true;
        } catch (AtprotoException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "Bluesky account " + did();
    }
}
