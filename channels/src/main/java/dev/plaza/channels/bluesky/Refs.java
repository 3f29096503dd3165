package dev.plaza.channels.bluesky;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.syntax.AtUri;
import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Tid;
import java.time.Instant;
import java.util.Optional;

/** What records point at and when they were made, checked against the atproto syntax specs. */
final class Refs {

    private Refs() {
    }

    /** The at:// URI of a record that a strong ref ({@code com.atproto.repo.strongRef}: uri and cid) names. */
    static String record(DagValue.Map strongRef) {
        String uri = strongRef.text("uri").orElseThrow(() -> new AtprotoException("a strong ref has no uri"));
        AtUri parsed = AtUri.parse(uri);
        if (parsed.recordKey().isEmpty()) {
            throw new AtprotoException("%s names no record".formatted(uri));
        }
        return parsed.toString();
    }

    static String record(DagValue.Map holder, String key) {
        return record(holder.map(key).orElseThrow(() -> new AtprotoException("it has no " + key)));
    }

    static String did(String text) {
        return Did.parse(text).value();
    }

    /**
     * When the record was made: its {@code createdAt}, or else the time in its key, which is a TID
     * for the records Plaza imports (atproto record key spec).
     */
    static Optional<Instant> createdAt(DagValue.Map record, String rkey) {
        Optional<Instant> stated = record.get("createdAt").filter(DagValue.Text.class::isInstance)
                .map(v -> ((DagValue.Text) v).value()).filter(Datetime::isValid).map(t -> Datetime.parse(t).instant());
        return stated.or(() -> Tid.isValid(rkey) ? Optional.of(Tid.parse(rkey).instant()) : Optional.empty());
    }
}
