package dev.plaza.channels.bluesky;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.cbor.DagValue;
import java.time.Instant;
import java.util.Optional;

/**
 * A record write a Bluesky stream told of: the record {@code collection/rkey} of {@code did}'s
 * repository as created or updated, or, when {@code record} is empty, deleted. {@code at} is when
 * the stream said it happened.
 */
public record HeardRecord(String did, String collection, String rkey, Optional<DagValue.Map> record, Instant at) {

    public HeardRecord {
        requireNonNull(did, "did");
        requireNonNull(collection, "collection");
        requireNonNull(rkey, "rkey");
        requireNonNull(record, "record");
        requireNonNull(at, "at");
    }

    String uri() {
        return "at://" + did + "/" + collection + "/" + rkey;
    }
}
