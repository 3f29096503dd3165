package dev.plaza.atproto.cid;

import dev.plaza.atproto.AtprotoException;

/** The multicodecs of atproto's CIDs (atproto data model spec, "blessed" CID format). */
public enum Codec {
    /** Records, commits and tree nodes. */
    DAG_CBOR(0x71),
    /** Blobs: images, video, any uploaded file. */
    RAW(0x55);

    private final int code;

    Codec(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    static Codec ofCode(long code) {
        for (Codec codec : values()) {
            if (codec.code == code) {
                return codec;
            }
        }
        throw new AtprotoException("multicodec 0x%x is not one atproto links to (0x71 dag-cbor, 0x55 raw)".formatted(code));
    }
}
