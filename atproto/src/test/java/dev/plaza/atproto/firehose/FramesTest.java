package dev.plaza.atproto.firehose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FramesTest {

    private static final Did ALICE = Did.parse("did:plc:ewvi7nxzyoun6zhxrhs64oiz");
    private static final Datetime TIME = Datetime.parse("2025-04-16T21:30:26.717Z");
    private static final Cid RECORD = TestRepo.cidOf(TestRepo.post("hello"));
    private static final Cid OTHER = TestRepo.cidOf(TestRepo.post("bye"));

    @Test
    void everyMessageTypeReadsBackAsWritten() {
        List<FirehoseMessage> messages = List.of(
                commit(),
                new SyncMessage(2, ALICE, DagValue.Bytes.of(new byte[] {1, 2, 3}), "3lmxjza3nva27", TIME),
                new IdentityMessage(3, ALICE, TIME, Optional.of(Handle.parse("alice.example.com"))),
                new IdentityMessage(4, ALICE, TIME, Optional.empty()),
                new AccountMessage(5, ALICE, TIME, false, Optional.of("takendown")),
                new AccountMessage(6, ALICE, TIME, true, Optional.empty()),
                new InfoMessage(InfoMessage.OUTDATED_CURSOR, Optional.of("cursor too old")),
                new ErrorFrame("FutureCursor", Optional.empty()),
                new UnknownMessage("#handle", new DagValue.Map(Map.of("handle", new DagValue.Text("alice.example.com")))));

        for (FirehoseMessage message : messages) {
            assertThat(Frames.decode(Frames.encode(message))).isEqualTo(message);
        }
    }

    @Test
    void aCommitFrameHoldsEveryFieldOfTheLexicon() {
        DagValue.Map body = (DagValue.Map) DagCbor.decodePrefix(Frames.encode(commit()), headerLength(commit())).value();

        assertThat(body.entries().keySet()).containsExactlyInAnyOrder("seq", "rebase", "tooBig", "repo", "commit", "rev",
                "since", "blocks", "ops", "blobs", "prevData", "time");
        assertThat(body.entries().get("since")).isEqualTo(DagValue.NULL);
        DagValue.Map delete = (DagValue.Map) body.list("ops").orElseThrow().items().get(1);
        assertThat(delete.entries()).containsEntry("cid", DagValue.NULL).containsEntry("prev", new DagValue.Link(OTHER));
    }

    @Test
    void anErrorFrameHasOpMinusOneAndNoType() {
        byte[] frame = Frames.encode(new ErrorFrame("ConsumerTooSlow", Optional.of("slow down")));

        DagValue.Map header = (DagValue.Map) DagCbor.decodePrefix(frame, 0).value();

        assertThat(header.integer("op")).contains(-1L);
        assertThat(header.text("t")).isEmpty();
    }

    @Test
    void aMessageOfAnUnknownTypeComesBackAsUnknownWithItsBody() {
        Map<String, DagValue> body = Map.of("did", new DagValue.Text(ALICE.value()), "seq", new DagValue.Int(9));

        FirehoseMessage message = Frames.decode(frame(header("#tombstone"), new DagValue.Map(body)));

        assertThat(message).isEqualTo(new UnknownMessage("#tombstone", new DagValue.Map(body)));
    }

    @Test
    void nullBlobsAndNullSinceReadAsNone() {
        Map<String, DagValue> body = commitBody();
        body.put("blobs", DagValue.NULL);
        body.put("since", DagValue.NULL);

        CommitMessage message = (CommitMessage) Frames.decode(frame(header("#commit"), new DagValue.Map(body)));

        assertThat(message.blobs()).isEmpty();
        assertThat(message.since()).isEmpty();
    }

    @Test
    void framesThatAreNotAHeaderAndABodyAreRefused() {
        byte[] header = DagCbor.encode(header("#identity"));
        byte[] body = DagCbor.encode(new DagValue.Map(identityBody()));

        assertRefused(new byte[0], "an empty frame");
        assertRefused(new byte[] {(byte) 0xff}, "the frame's header is not DAG-CBOR");
        assertRefused(header, "it has no body");
        assertRefused(concat(header, body, body), "the frame's body is not one DAG-CBOR value");
        assertRefused(concat(header, new byte[] {(byte) 0xa1}), "the frame's body is not one DAG-CBOR value");
        assertRefused(concat(DagCbor.encode(new DagValue.Text("#identity")), body), "the frame's header is string, not a map");
        assertRefused(concat(header, DagCbor.encode(new DagValue.List(List.of()))), "the body of the #identity message is list");
    }

    @Test
    void headersWithoutAnOpOrTypeOrWithAnUnknownOpAreRefused() {
        DagValue body = new DagValue.Map(identityBody());

        assertRefused(frame(new DagValue.Map(Map.of("t", new DagValue.Text("#identity"))), body), "lacks its op");
        assertRefused(frame(new DagValue.Map(Map.of("op", new DagValue.Int(1))), body), "lacks its type t");
        assertRefused(frame(new DagValue.Map(Map.of("op", new DagValue.Int(2))), body), "op 2; 1 is a message and -1 an error");
        assertRefused(frame(new DagValue.Map(Map.of("op", new DagValue.Text("1"))), body), "the frame's header: map key \"op\"");
        assertRefused(frame(new DagValue.Map(Map.of("op", new DagValue.Int(-1))), new DagValue.Map(Map.of())),
                "error message lacks its field \"error\"");
    }

    @Test
    void bodiesMissingAFieldOrHoldingTheWrongKindAreRefusedNamingTheField() {
        assertRefusedBody("#commit", without(commitBody(), "seq"), "#commit message lacks its field \"seq\"");
        assertRefusedBody("#commit", with(commitBody(), "seq", new DagValue.Text("7")), "#commit message field \"seq\": map key \"seq\" holds string, not integer");
        assertRefusedBody("#commit", without(commitBody(), "tooBig"), "lacks its field \"tooBig\"");
        assertRefusedBody("#commit", without(commitBody(), "ops"), "lacks its field \"ops\"");
        assertRefusedBody("#commit", with(commitBody(), "ops", DagValue.NULL), "lacks its field \"ops\"");
        assertRefusedBody("#commit", with(commitBody(), "commit", new DagValue.Text(RECORD.toString())), "field \"commit\"");
        assertRefusedBody("#commit", with(commitBody(), "repo", new DagValue.Text("alice")), "field \"repo\": ");
        assertRefusedBody("#commit", with(commitBody(), "time", new DagValue.Text("yesterday")), "field \"time\": ");
        assertRefusedBody("#commit", with(commitBody(), "blobs", new DagValue.List(List.of(new DagValue.Int(1)))), "blobs[0] is integer, not a link");
        assertRefusedBody("#identity", with(identityBody(), "handle", new DagValue.Text("not a handle")), "#identity message field \"handle\"");
        assertRefusedBody("#account", without(accountBody(), "active"), "#account message lacks its field \"active\"");
        assertRefusedBody("#sync", Map.of("seq", new DagValue.Int(1)), "#sync message lacks its field \"did\"");
        assertRefusedBody("#info", Map.of(), "#info message lacks its field \"name\"");
    }

    @Test
    void malformedOpsAreRefusedNamingTheOp() {
        assertRefusedBody("#commit", with(commitBody(), "ops", new DagValue.List(List.of(new DagValue.Text("create")))),
                "ops[0] is string, not a map");
        assertRefusedBody("#commit", withOp(op("move", Optional.of(RECORD), Optional.empty())),
                "ops[0]: action \"move\" is not create, update or delete");
        assertRefusedBody("#commit", withOp(op("create", Optional.empty(), Optional.empty())), "ops[0]: a create of app.bsky.feed.post/3lmxjza3h2i27 needs a cid");
        assertRefusedBody("#commit", withOp(op("delete", Optional.of(RECORD), Optional.empty())), "ops[0]: a delete of app.bsky.feed.post/3lmxjza3h2i27 may not carry a cid");
        assertRefusedBody("#commit", withOp(op("create", Optional.of(RECORD), Optional.of(OTHER))), "ops[0]: a create of app.bsky.feed.post/3lmxjza3h2i27 may not carry a prev");
        assertRefusedBody("#commit", withOp(new DagValue.Map(Map.of("action", new DagValue.Text("delete")))), "ops[0]: lacks its field \"path\"");
    }

    private static CommitMessage commit() {
        return new CommitMessage(1, false, false, ALICE, RECORD, "3lmxjza3nva27", Optional.empty(),
                DagValue.Bytes.of(new byte[] {9, 9}),
                List.of(RepoOp.create("app.bsky.feed.post/3lmxjza3h2i27", RECORD),
                        RepoOp.delete("app.bsky.feed.like/3lmxjza3h2i27", Optional.of(OTHER))),
                List.of(OTHER), Optional.of(OTHER), TIME);
    }

    private static Map<String, DagValue> commitBody() {
        return new HashMap<>(MessageWriter.body(commit()).entries());
    }

    private static Map<String, DagValue> identityBody() {
        return new HashMap<>(MessageWriter.body(new IdentityMessage(3, ALICE, TIME, Optional.empty())).entries());
    }

    private static Map<String, DagValue> accountBody() {
        return new HashMap<>(MessageWriter.body(new AccountMessage(3, ALICE, TIME, true, Optional.empty())).entries());
    }

    private static DagValue.Map op(String action, Optional<Cid> cid, Optional<Cid> prev) {
        Map<String, DagValue> op = new HashMap<>();
        op.put("action", new DagValue.Text(action));
        op.put("path", new DagValue.Text("app.bsky.feed.post/3lmxjza3h2i27"));
        op.put("cid", cid.<DagValue>map(DagValue.Link::new).orElse(DagValue.NULL));
        prev.ifPresent(p -> op.put("prev", new DagValue.Link(p)));
        return new DagValue.Map(op);
    }

    private static Map<String, DagValue> withOp(DagValue op) {
        return with(commitBody(), "ops", new DagValue.List(List.of(op)));
    }

    private static Map<String, DagValue> with(Map<String, DagValue> body, String key, DagValue value) {
        body.put(key, value);
        return body;
    }

    private static Map<String, DagValue> without(Map<String, DagValue> body, String key) {
        body.remove(key);
        return body;
    }

    private static DagValue.Map header(String type) {
        return new DagValue.Map(Map.of("op", new DagValue.Int(1), "t", new DagValue.Text(type)));
    }

    private static byte[] frame(DagValue header, DagValue body) {
        return concat(DagCbor.encode(header), DagCbor.encode(body));
    }

    private static int headerLength(FirehoseMessage message) {
        return DagCbor.encode(Frames.header(message)).length;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static void assertRefused(byte[] frame, String message) {
        assertThatThrownBy(() -> Frames.decode(frame)).isInstanceOf(AtprotoException.class).hasMessageContaining(message);
    }

    private static void assertRefusedBody(String type, Map<String, DagValue> body, String message) {
        assertRefused(frame(header(type), new DagValue.Map(body)), message);
    }
}
