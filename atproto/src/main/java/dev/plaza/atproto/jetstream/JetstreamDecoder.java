package dev.plaza.atproto.jetstream;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DataModelJson;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.firehose.RepoOp;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.syntax.Nsid;
import dev.plaza.atproto.syntax.RecordKey;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads one Jetstream event from its JSON (the shape the Jetstream README gives): {@code did}, {@code time_us},
 * {@code kind}, and the object named by the kind. Every refusal names the field and the event's time.
 */
public final class JetstreamDecoder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JetstreamDecoder() {
    }

    /** The event in {@code json} (UTF-8), which may be at most {@code maxBytes} long. */
    public static JetstreamEvent decode(byte[] json, int maxBytes) {
        if (json.length > maxBytes) {
            throw new AtprotoException("a Jetstream event of %d bytes is over the limit of %d bytes".formatted(json.length, maxBytes));
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new AtprotoException("a Jetstream event of %d bytes is not JSON: %s".formatted(json.length, e.getOriginalMessage()));
        } catch (IOException e) {
            throw new AtprotoException("a Jetstream event of %d bytes could not be read: %s".formatted(json.length, e.getMessage()));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new AtprotoException("a Jetstream event was empty");
        }
        if (!tree.isObject()) {
            throw new AtprotoException("a Jetstream event is %s, not a JSON object".formatted(tree.getNodeType()));
        }
        return decode(new JsonFields(tree, "", "a Jetstream event"));
    }

    private static JetstreamEvent decode(JsonFields top) {
        long timeUs = top.integer("time_us");
        JsonFields event = new JsonFields(top.object(), "", "the Jetstream event at time_us " + timeUs);
        String kind = event.text("kind");
        return switch (kind) {
            case "commit" -> commit(event, timeUs);
            case "identity" -> identity(event, timeUs);
            case "account" -> account(event, timeUs);
            default -> new JetstreamEvent.Unknown(kind, timeUs);
        };
    }

    private static JetstreamEvent.Commit commit(JsonFields event, long timeUs) {
        Did did = event.parse("did", Did::parse);
        JsonFields commit = event.object("commit");
        String rev = commit.text("rev");
        if (rev.isEmpty()) {
            throw new AtprotoException("%s: commit.rev is empty".formatted(event.event()));
        }
        RepoOp.Action operation = commit.parse("operation", JetstreamDecoder::operation);
        Nsid collection = commit.parse("collection", Nsid::parse);
        RecordKey rkey = commit.parse("rkey", RecordKey::parse);
        if (operation == RepoOp.Action.DELETE) {
            return new JetstreamEvent.Commit(did, timeUs, rev, operation, collection, rkey, Optional.empty(), Optional.empty());
        }
        JsonNode record = commit.required("record");
        try {
            return new JetstreamEvent.Commit(did, timeUs, rev, operation, collection, rkey,
                    Optional.of(DataModelJson.toObject(record)), Optional.of(commit.parse("cid", Cid::parse)));
        } catch (AtprotoException e) {
            if (e.getMessage().startsWith(event.event())) {
                throw e;
            }
            throw new AtprotoException("%s: commit.record is not atproto data: %s".formatted(event.event(), e.getMessage()), e);
        }
    }

    private static JetstreamEvent.Identity identity(JsonFields event, long timeUs) {
        Did did = event.parse("did", Did::parse);
        JsonFields identity = event.object("identity");
        sameDid(identity, did);
        Optional<Handle> handle = identity.present("handle").isPresent()
                ? Optional.of(identity.parse("handle", Handle::parse)) : Optional.empty();
        return new JetstreamEvent.Identity(did, timeUs, handle, identity.integer("seq"), identity.parse("time", Datetime::parse));
    }

    private static JetstreamEvent.Account account(JsonFields event, long timeUs) {
        Did did = event.parse("did", Did::parse);
        JsonFields account = event.object("account");
        sameDid(account, did);
        return new JetstreamEvent.Account(did, timeUs, account.bool("active"), account.optionalText("status"),
                account.integer("seq"), account.parse("time", Datetime::parse));
    }

    /** The inner object repeats the event's DID; two different DIDs leave it unclear whose change it is. */
    private static void sameDid(JsonFields inner, Did did) {
        if (inner.present("did").isPresent() && !inner.text("did").equals(did.value())) {
            throw new AtprotoException("%s: %s.did \"%s\" is not the event's did %s"
                    .formatted(inner.event(), inner.where(), inner.text("did"), did));
        }
    }

    private static RepoOp.Action operation(String name) {
        return Arrays.stream(RepoOp.Action.values()).filter(action -> action.wireName().equals(name)).findFirst()
                .orElseThrow(() -> new AtprotoException("it is not create, update or delete"));
    }
}
