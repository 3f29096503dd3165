package dev.plaza.atproto.firehose;

import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Records to message bodies: the inverse of {@link MessageReader}. */
final class MessageWriter {

    private MessageWriter() {
    }

    /** The header's "t" of a message (op 1); error frames have none. */
    static String type(FirehoseMessage message) {
        return switch (message) {
            case CommitMessage m -> "#commit";
            case SyncMessage m -> "#sync";
            case IdentityMessage m -> "#identity";
            case AccountMessage m -> "#account";
            case InfoMessage m -> "#info";
            case UnknownMessage m -> m.type();
            case ErrorFrame m -> throw new IllegalArgumentException("an error frame has no message type");
        };
    }

    static DagValue.Map body(FirehoseMessage message) {
        Map<String, DagValue> fields = new HashMap<>();
        switch (message) {
            case CommitMessage m -> commit(m, fields);
            case SyncMessage m -> {
                fields.put("seq", new DagValue.Int(m.seq()));
                fields.put("did", text(m.did().value()));
                fields.put("blocks", m.blocks());
                fields.put("rev", text(m.rev()));
                fields.put("time", text(m.time().value()));
            }
            case IdentityMessage m -> {
                fields.put("seq", new DagValue.Int(m.seq()));
                fields.put("did", text(m.did().value()));
                fields.put("time", text(m.time().value()));
                m.handle().ifPresent(handle -> fields.put("handle", text(handle.value())));
            }
            case AccountMessage m -> {
                fields.put("seq", new DagValue.Int(m.seq()));
                fields.put("did", text(m.did().value()));
                fields.put("time", text(m.time().value()));
                fields.put("active", new DagValue.Bool(m.active()));
                m.status().ifPresent(status -> fields.put("status", text(status)));
            }
            case InfoMessage m -> {
                fields.put("name", text(m.name()));
                m.message().ifPresent(text -> fields.put("message", text(text)));
            }
            case ErrorFrame m -> {
                fields.put("error", text(m.error()));
                m.message().ifPresent(text -> fields.put("message", text(text)));
            }
            case UnknownMessage m -> {
                return m.body();
            }
        }
        return new DagValue.Map(fields);
    }

    private static void commit(CommitMessage m, Map<String, DagValue> fields) {
        fields.put("seq", new DagValue.Int(m.seq()));
        fields.put("rebase", new DagValue.Bool(m.rebase()));
        fields.put("tooBig", new DagValue.Bool(m.tooBig()));
        fields.put("repo", text(m.repo().value()));
        fields.put("commit", new DagValue.Link(m.commit()));
        fields.put("rev", text(m.rev()));
        fields.put("since", m.since().map(MessageWriter::text).orElse(DagValue.NULL));
        fields.put("blocks", m.blocks());
        fields.put("ops", new DagValue.List(m.ops().stream().map(MessageWriter::op).toList()));
        fields.put("blobs", new DagValue.List(m.blobs().stream().<DagValue>map(DagValue.Link::new).toList()));
        m.prevData().ifPresent(prevData -> fields.put("prevData", new DagValue.Link(prevData)));
        fields.put("time", text(m.time().value()));
    }

    private static DagValue op(RepoOp op) {
        Map<String, DagValue> fields = new HashMap<>();
        fields.put("action", text(op.action().wireName()));
        fields.put("path", text(op.path()));
        fields.put("cid", link(op.cid()));
        op.prev().ifPresent(prev -> fields.put("prev", new DagValue.Link(prev)));
        return new DagValue.Map(fields);
    }

    private static DagValue link(Optional<Cid> cid) {
        return cid.<DagValue>map(DagValue.Link::new).orElse(DagValue.NULL);
    }

    private static DagValue text(String value) {
        return new DagValue.Text(value);
    }
}
