package dev.plaza.atproto.jetstream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cbor.DataModelJson;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.firehose.RepoOp;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.syntax.Tid;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Jetstream events as JSON, in the shape the Jetstream README gives: {@code did}, {@code time_us}, {@code kind}, and a
 * {@code commit} (rev, operation, collection, rkey, and for creates and updates record and cid), {@code identity}
 * (did, handle, seq, time) or {@code account} (active, did, seq, time, status) object.
 */
final class JetstreamJson {

    static final Did ALICE = Did.parse("did:plc:aaaaaaaaaaaaaaaaaaaaaaaa");
    static final Datetime TIME = Datetime.parse("2025-05-01T12:00:00.000Z");
    static final long FIRST_TIME_US = 1_746_100_800_000_000L;

    private JetstreamJson() {
    }

    static ObjectNode commit(Did did, long timeUs, String rev, RepoOp.Action operation, String path,
                             Optional<DagValue.Map> record) {
        return commit(did, timeUs, rev, operation, path, record, record.map(DagCbor::cid));
    }

    static ObjectNode commit(Did did, long timeUs, String rev, RepoOp.Action operation, String path,
                             Optional<DagValue.Map> record, Optional<Cid> cid) {
        String[] parts = path.split("/", 2);
        ObjectNode commit = JsonNodeFactory.instance.objectNode()
                .put("rev", rev)
                .put("operation", operation.wireName())
                .put("collection", parts[0])
                .put("rkey", parts[1]);
        record.ifPresent(value -> commit.set("record", DataModelJson.toJson(value)));
        cid.ifPresent(value -> commit.put("cid", value.toString()));
        return event(did, timeUs, "commit").set("commit", commit);
    }

    static ObjectNode identity(Did did, long timeUs, Optional<Handle> handle, long seq, Datetime time) {
        ObjectNode identity = JsonNodeFactory.instance.objectNode().put("did", did.value()).put("seq", seq)
                .put("time", time.value());
        handle.ifPresent(value -> identity.put("handle", value.value()));
        return event(did, timeUs, "identity").set("identity", identity);
    }

    static ObjectNode account(Did did, long timeUs, boolean active, Optional<String> status, long seq, Datetime time) {
        ObjectNode account = JsonNodeFactory.instance.objectNode().put("active", active).put("did", did.value())
                .put("seq", seq).put("time", time.value());
        status.ifPresent(value -> account.put("status", value));
        return event(did, timeUs, "account").set("account", account);
    }

    /** A post by Alice, created at {@code timeUs}, with its record key the TID of that time. */
    static ObjectNode post(long timeUs) {
        return commit(ALICE, timeUs, rev(timeUs), RepoOp.Action.CREATE, "app.bsky.feed.post/" + rev(timeUs),
                Optional.of(postRecord("post at " + timeUs)));
    }

    static DagValue.Map postRecord(String text) {
        return new DagValue.Map(Map.of("$type", new DagValue.Text("app.bsky.feed.post"), "text", new DagValue.Text(text),
                "createdAt", new DagValue.Text(TIME.value())));
    }

    static Cid cidOf(DagValue.Map record) {
        return DagCbor.cid(record);
    }

    static String rev(long timeUs) {
        return Tid.of(timeUs, 0).value();
    }

    static ObjectNode event(Did did, long timeUs, String kind) {
        return JsonNodeFactory.instance.objectNode().put("did", did.value()).put("time_us", timeUs).put("kind", kind);
    }

    static byte[] bytes(ObjectNode event) {
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }
}
