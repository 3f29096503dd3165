package dev.plaza.atproto.bsky;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.syntax.AtUri;

/** A record and the exact version of it (com.atproto.repo.strongRef): what a like, repost, reply or quote points at. */
public record StrongRef(AtUri uri, Cid cid) {

    public StrongRef {
        requireNonNull(uri, "uri");
        requireNonNull(cid, "cid");
        if (uri.recordKey().isEmpty()) {
            throw new IllegalArgumentException("a strong reference names one record; %s has no record key".formatted(uri));
        }
    }

    public static StrongRef of(String uri, String cid) {
        return new StrongRef(AtUri.parse(uri), Cid.parse(cid));
    }

    @Override
    public String toString() {
        return uri + " (" + cid + ")";
    }
}
