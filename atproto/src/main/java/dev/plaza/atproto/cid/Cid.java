package dev.plaza.atproto.cid;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.encoding.Multibase;
import dev.plaza.atproto.encoding.Varint;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A content identifier in the form atproto uses: CIDv1, dag-cbor or raw, over a sha2-256 digest
 * (atproto data model spec, "blessed" CID format). Other versions, codecs and hashes are refused.
 */
public final class Cid implements Comparable<Cid> {

    /** The binary length of every CID atproto uses: four one-byte varints and a 32-byte digest. */
    public static final int BYTE_LENGTH = 36;

    private static final int VERSION = 1;
    private static final int SHA2_256 = 0x12;
    private static final int DIGEST_LENGTH = 32;

    private final byte[] bytes;
    private final Codec codec;

    private Cid(byte[] bytes, Codec codec) {
        this.bytes = bytes;
        this.codec = codec;
    }

    /** The CID of {@code content} under {@code codec}, hashing it with SHA-256. */
    public static Cid of(Codec codec, byte[] content) {
        return withDigest(codec, sha256().digest(content));
    }

    /** The CID of a digest someone else computed, such as a streamed blob's. */
    public static Cid withDigest(Codec codec, byte[] sha256Digest) {
        if (sha256Digest.length != DIGEST_LENGTH) {
            throw new AtprotoException("a sha2-256 digest is %d bytes, not %d".formatted(DIGEST_LENGTH, sha256Digest.length));
        }
        byte[] prefix = {VERSION, (byte) codec.code(), SHA2_256, DIGEST_LENGTH};
        byte[] bytes = Arrays.copyOf(prefix, prefix.length + DIGEST_LENGTH);
        System.arraycopy(sha256Digest, 0, bytes, prefix.length, DIGEST_LENGTH);
        return new Cid(bytes, codec);
    }

    /** Reads a multibase CID string: base32 ("b…", the canonical form) or base58btc ("z…"). */
    public static Cid parse(String text) {
        if (text.startsWith("Qm") && text.length() == 46) {
            throw new AtprotoException("\"%s\" is a CIDv0; atproto links are CIDv1".formatted(text));
        }
        try {
            return fromBytes(Multibase.decode(text));
        } catch (AtprotoException e) {
            throw new AtprotoException("\"%s\" is not a CID: %s".formatted(abbreviated(text), e.getMessage()), e);
        }
    }

    /** Reads a CID's binary form; the array must hold exactly one CID. */
    public static Cid fromBytes(byte[] bytes) {
        return fromBytes(bytes, 0, bytes.length);
    }

    /** Reads a CID's binary form from {@code length} bytes at {@code offset}, which must hold exactly one CID. */
    public static Cid fromBytes(byte[] bytes, int offset, int length) {
        Cid cid = read(bytes, offset, offset + length);
        if (cid.bytes.length != length) {
            throw new AtprotoException("%d bytes follow the CID at byte %d".formatted(length - cid.bytes.length, offset));
        }
        return cid;
    }

    /** Reads the CID that starts at {@code offset}, whatever follows it; {@link #byteLength()} says where it ends. */
    public static Cid readPrefix(byte[] bytes, int offset) {
        return read(bytes, offset, bytes.length);
    }

    private static Cid read(byte[] bytes, int offset, int end) {
        if (end - offset >= 2 && bytes[offset] == SHA2_256 && bytes[offset + 1] == DIGEST_LENGTH) {
            throw new AtprotoException("the CID at byte %d is a CIDv0; atproto links are CIDv1".formatted(offset));
        }
        int at = offset;
        Varint.Decoded version = varint(bytes, at, end);
        if (version.value() != VERSION) {
            throw new AtprotoException("the CID at byte %d has version %d; atproto links are CIDv1".formatted(offset, version.value()));
        }
        at += version.length();
        Varint.Decoded codecCode = varint(bytes, at, end);
        Codec codec = Codec.ofCode(codecCode.value());
        at += codecCode.length();
        Varint.Decoded hash = varint(bytes, at, end);
        if (hash.value() != SHA2_256) {
            throw new AtprotoException("the CID at byte %d hashes with multihash 0x%x; atproto links use sha2-256 (0x12)"
                    .formatted(offset, hash.value()));
        }
        at += hash.length();
        Varint.Decoded digestLength = varint(bytes, at, end);
        if (digestLength.value() != DIGEST_LENGTH) {
            throw new AtprotoException("the CID at byte %d has a %d-byte sha2-256 digest; it must be %d"
                    .formatted(offset, digestLength.value(), DIGEST_LENGTH));
        }
        at += digestLength.length();
        if (end - at < DIGEST_LENGTH) {
            throw new AtprotoException("the CID at byte %d is cut short: its digest needs %d bytes, %d remain"
                    .formatted(offset, DIGEST_LENGTH, end - at));
        }
        return new Cid(Arrays.copyOfRange(bytes, offset, at + DIGEST_LENGTH), codec);
    }

    private static Varint.Decoded varint(byte[] bytes, int offset, int end) {
        if (offset >= end) {
            throw new AtprotoException("a CID is cut short at byte %d".formatted(offset));
        }
        Varint.Decoded decoded = Varint.read(bytes, offset);
        if (offset + decoded.length() > end) {
            throw new AtprotoException("a CID is cut short at byte %d".formatted(offset));
        }
        return decoded;
    }

    public Codec codec() {
        return codec;
    }

    /** The binary form, as links in DAG-CBOR and CAR sections carry it. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int byteLength() {
        return bytes.length;
    }

    public byte[] digest() {
        return Arrays.copyOfRange(bytes, bytes.length - DIGEST_LENGTH, bytes.length);
    }

    /** Whether {@code content} hashes to this CID's digest. */
    public boolean verifies(byte[] content) {
        return verifies(content, 0, content.length);
    }

    /** Whether {@code length} bytes of {@code content} at {@code offset} hash to this CID's digest. */
    public boolean verifies(byte[] content, int offset, int length) {
        MessageDigest sha256 = sha256();
        sha256.update(content, offset, length);
        byte[] actual = sha256.digest();
        return Arrays.equals(actual, 0, DIGEST_LENGTH, bytes, bytes.length - DIGEST_LENGTH, bytes.length);
    }

    /** The canonical string form: multibase base32, "bafy…" for records and "bafk…" for blobs. */
    @Override
    public String toString() {
        return Multibase.base32(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cid cid && Arrays.equals(bytes, cid.bytes);
    }

    @Override
    public int hashCode() {
        int at = bytes.length - DIGEST_LENGTH;
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | (bytes[at + 3] & 0xff);
    }

    /** Orders CIDs by their binary form, unsigned byte by byte. */
    @Override
    public int compareTo(Cid other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
