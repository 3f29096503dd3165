package dev.plaza.atproto.repo;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagCbor;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.cid.Cid;
import dev.plaza.atproto.cid.Codec;
import dev.plaza.atproto.crypto.HighS;
import dev.plaza.atproto.crypto.PublicKey;
import dev.plaza.atproto.crypto.SigningKey;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed repository commit (atproto repository spec, version 3): whose repository, the root of
 * its tree, its revision (a TID; version 2 commits may lack it), the previous commit if given, and
 * the signature by the account's signing key over the commit's DAG-CBOR without {@code sig}.
 */
public record Commit(String did, int version, Cid data, Optional<String> rev, Optional<Cid> prev, byte[] sig) {

    public static final int VERSION = 3;

    public Commit {
        requireNonNull(did, "did");
        requireNonNull(data, "data");
        requireNonNull(rev, "rev");
        rev.ifPresent(r -> {
            if (version >= VERSION && r.isEmpty()) {
                throw new IllegalArgumentException("a version 3 commit has a rev");
            }
        });
        requireNonNull(prev, "prev");
        sig = sig.clone();
    }

    /** An unsigned commit's fields signed with {@code key}. */
    public static Commit sign(String did, Cid data, String rev, Optional<Cid> prev, SigningKey key) {
        Commit unsigned = new Commit(did, VERSION, data, Optional.of(rev), prev, new byte[0]);
        return new Commit(did, VERSION, data, Optional.of(rev), prev, key.sign(unsigned.unsignedBytes()));
    }

    public static Commit decode(byte[] block) {
        if (!(DagCbor.decode(block) instanceof DagValue.Map commit)) {
            throw new AtprotoException("a commit block is not a map");
        }
        long version = commit.integer("version").orElseThrow(() -> missing("version"));
        if (version != VERSION && version != 2) {
            throw new AtprotoException("commit version %d is not one Plaza reads (2 or 3)".formatted(version));
        }
        Optional<String> rev = commit.text("rev");
        if (version == VERSION && rev.isEmpty()) {
            throw missing("rev");
        }
        return new Commit(
                commit.text("did").orElseThrow(() -> missing("did")),
                (int) version,
                commit.link("data").orElseThrow(() -> missing("data")),
                rev,
                commit.link("prev"),
                commit.bytes("sig").orElseThrow(() -> missing("sig")).toArray());
    }

    @Override
    public byte[] sig() {
        return sig.clone();
    }

    /** The commit's block: what its CID addresses. */
    public byte[] encode() {
        Map<String, DagValue> fields = fields();
        fields.put("sig", DagValue.Bytes.of(sig));
        return DagCbor.encode(new DagValue.Map(fields));
    }

    public Cid cid() {
        return Cid.of(Codec.DAG_CBOR, encode());
    }

    /** What the signature covers: the commit without its {@code sig} field. */
    public byte[] unsignedBytes() {
        return DagCbor.encode(new DagValue.Map(fields()));
    }

    /** Fails, saying why, unless {@code key} signed this commit with a low-S signature, as new commits are. */
    public void verify(PublicKey key) {
        verify(key, HighS.REFUSE);
    }

    /**
     * Fails, saying why, unless {@code key} signed this commit. {@link HighS#ACCEPT} is for
     * repositories exported with their history: commits signed before the network required low-S
     * signatures stay valid there.
     */
    public void verify(PublicKey key, HighS highS) {
        key.requireValid(unsignedBytes(), sig, highS, "the commit %s of %s".formatted(rev.orElse(data.toString()), did));
    }


    private Map<String, DagValue> fields() {
        Map<String, DagValue> fields = new LinkedHashMap<>();
        fields.put("did", new DagValue.Text(did));
        fields.put("version", new DagValue.Int(version));
        fields.put("data", new DagValue.Link(data));
        rev.ifPresent(r -> fields.put("rev", new DagValue.Text(r)));
        fields.put("prev", prev.<DagValue>map(DagValue.Link::new).orElse(DagValue.NULL));
        return fields;
    }

    private static AtprotoException missing(String field) {
        return new AtprotoException("a commit lacks its " + field);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Commit c && did.equals(c.did) && version == c.version && data.equals(c.data)
                && rev.equals(c.rev) && prev.equals(c.prev) && Arrays.equals(sig, c.sig);
    }

    @Override
    public int hashCode() {
        return Objects.hash(did, version, data, rev, prev, Arrays.hashCode(sig));
    }

    @Override
    public String toString() {
        return "Commit[%s rev %s data %s]".formatted(did, rev.orElse("(none)"), data);
    }
}
