package dev.plaza.atproto.moving;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.cid.Cid;

/** A blob (an image, a video) as its PDS serves it, its bytes checked against its CID. */
public record Blob(Cid cid, String mimeType, byte[] bytes) {

    public Blob {
        requireNonNull(cid, "cid");
        requireNonNull(mimeType, "mimeType");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "Blob[%s, %s, %d bytes]".formatted(cid, mimeType, bytes.length);
    }
}
