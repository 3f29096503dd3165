package dev.plaza.atproto.jetstream;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.firehose.RepoOp;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.syntax.Nsid;
import dev.plaza.atproto.syntax.RecordKey;
import java.util.Optional;

/**
 * One event of a Jetstream, the JSON re-encoding of the repository event stream: a record operation, an identity or
 * account change, or a kind Plaza does not read. {@code timeUs} is the host's time for the event in unix microseconds,
 * which is also the cursor to resume from.
 */
public sealed interface JetstreamEvent {

    long timeUs();

    /**
     * One record operation of a commit. Creates and updates carry the record, in the atproto data model (read from
     * its JSON form, so it reads as a firehose record does), and its CID; deletes carry neither.
     */
    record Commit(Did did, long timeUs, String rev, RepoOp.Action operation, Nsid collection, RecordKey rkey,
                  Optional<DagValue.Map> record, Optional<Cid> cid) implements JetstreamEvent {

        public Commit {
            requireNonNull(did, "did");
            requireNonNull(rev, "rev");
            requireNonNull(operation, "operation");
            requireNonNull(collection, "collection");
            requireNonNull(rkey, "rkey");
            requireNonNull(record, "record");
            requireNonNull(cid, "cid");
            checkTime(timeUs);
            boolean delete = operation == RepoOp.Action.DELETE;
            if (delete == record.isPresent() || delete == cid.isPresent()) {
                throw new AtprotoException("a %s of %s/%s %s a record and a cid".formatted(operation.wireName(), collection, rkey,
                        delete ? "may not carry" : "needs"));
            }
        }

        /** The record's path in its repository: "collection/rkey". */
        public String path() {
            return collection + "/" + rkey;
        }
    }

    /** The account's DID document or handle may have changed; {@code handle} is the host's view of it then. */
    record Identity(Did did, long timeUs, Optional<Handle> handle, long seq, Datetime time) implements JetstreamEvent {

        public Identity {
            requireNonNull(did, "did");
            requireNonNull(handle, "handle");
            requireNonNull(time, "time");
            checkTime(timeUs);
        }
    }

    /** The account's hosting status changed; when it is not active, {@code status} may say why. */
    record Account(Did did, long timeUs, boolean active, Optional<String> status, long seq, Datetime time)
            implements JetstreamEvent {

        public Account {
            requireNonNull(did, "did");
            requireNonNull(status, "status");
            requireNonNull(time, "time");
            checkTime(timeUs);
        }
    }

    /** An event of a kind Plaza does not read: never handed over, but its time still moves the cursor. */
    record Unknown(String kind, long timeUs) implements JetstreamEvent {

        public Unknown {
            requireNonNull(kind, "kind");
            checkTime(timeUs);
        }
    }

    private static void checkTime(long timeUs) {
        if (timeUs < 0) {
            throw new AtprotoException("a Jetstream event's time_us is unix microseconds, never negative; got " + timeUs);
        }
    }
}
