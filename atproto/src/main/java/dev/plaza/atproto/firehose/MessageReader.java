package dev.plaza.atproto.firehose;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import java.util.ArrayList;
import java.util.List;

/** Message bodies to records, field by field as the subscribeRepos lexicon defines them. */
final class MessageReader {

    private MessageReader() {
    }

    static FirehoseMessage read(String type, DagValue.Map map) {
        Body body = new Body(type, map);
        return switch (type) {
            case "#commit" -> commit(body);
            case "#sync" -> new SyncMessage(body.integer("seq"), body.parsed("did", Did::parse), body.bytes("blocks"),
                    body.text("rev"), body.parsed("time", Datetime::parse));
            case "#identity" -> new IdentityMessage(body.integer("seq"), body.parsed("did", Did::parse),
                    body.parsed("time", Datetime::parse), body.optionalParsed("handle", Handle::parse));
            case "#account" -> new AccountMessage(body.integer("seq"), body.parsed("did", Did::parse),
                    body.parsed("time", Datetime::parse), body.bool("active"), body.optionalText("status"));
            case "#info" -> new InfoMessage(body.text("name"), body.optionalText("message"));
            default -> new UnknownMessage(type, map);
        };
    }

    static ErrorFrame error(DagValue.Map map) {
        Body body = new Body("error", map);
        return new ErrorFrame(body.text("error"), body.optionalText("message"));
    }

    private static CommitMessage commit(Body body) {
        return new CommitMessage(
                body.integer("seq"),
                body.bool("rebase"),
                body.bool("tooBig"),
                body.parsed("repo", Did::parse),
                body.link("commit"),
                body.text("rev"),
                body.optionalText("since"),
                body.bytes("blocks"),
                ops(body),
                blobs(body),
                body.optionalLink("prevData"),
                body.parsed("time", Datetime::parse));
    }

    private static List<RepoOp> ops(Body body) {
        List<DagValue> items = body.list("ops", false);
        List<RepoOp> ops = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof DagValue.Map map)) {
                throw body.refuse("ops[%d] is %s, not a map".formatted(i, items.get(i).kind()));
            }
            try {
                ops.add(new RepoOp(RepoOp.Action.ofWireName(map.text("action").orElseThrow(() -> lacks("action"))),
                        map.text("path").orElseThrow(() -> lacks("path")), map.link("cid"), map.link("prev")));
            } catch (AtprotoException e) {
                throw body.refuse("ops[%d]: %s".formatted(i, e.getMessage()));
            }
        }
        return ops;
    }

    private static List<Cid> blobs(Body body) {
        List<DagValue> items = body.list("blobs", true);
        List<Cid> blobs = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof DagValue.Link link)) {
                throw body.refuse("blobs[%d] is %s, not a link".formatted(i, items.get(i).kind()));
            }
            blobs.add(link.cid());
        }
        return blobs;
    }

    private static AtprotoException lacks(String field) {
        return new AtprotoException("lacks its field \"%s\"".formatted(field));
    }
}
