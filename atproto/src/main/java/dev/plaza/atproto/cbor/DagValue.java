package dev.plaza.atproto.cbor;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cid.Cid;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * A value of the atproto data model: null, booleans, 64-bit integers, strings, bytes, CID links,
 * lists, and maps with string keys. The model has no floats (atproto data model spec).
 */
public sealed interface DagValue {

    Null NULL = new Null();

    /** The data model's name for this kind of value, for messages: "string", "map", … */
    default String kind() {
        return switch (this) {
            case Null n -> "null";
            case Bool b -> "boolean";
            case Int i -> "integer";
            case Text t -> "string";
            case Bytes b -> "bytes";
            case Link l -> "link";
            case List l -> "list";
            case Map m -> "map";
        };
    }

    record Null() implements DagValue {
    }

    record Bool(boolean value) implements DagValue {
    }

    record Int(long value) implements DagValue {
    }

    record Text(String value) implements DagValue {
        public Text {
            requireNonNull(value, "value");
        }
    }

    record Link(Cid cid) implements DagValue {
        public Link {
            requireNonNull(cid, "cid");
        }
    }

    record List(java.util.List<DagValue> items) implements DagValue {
        public List {
            items = java.util.List.copyOf(items);
        }
    }

    /** A map whose entries iterate in DAG-CBOR key order, whatever order they were given in. */
    record Map(java.util.Map<String, DagValue> entries) implements DagValue {

        public static final Map EMPTY = new Map(CanonicalMap.EMPTY);

        public Map {
            entries = CanonicalMap.copyOf(entries);
        }

        /** The value at {@code key}; empty when the key is absent or holds null. */
        public Optional<DagValue> get(String key) {
            DagValue value = entries.get(key);
            return value == null || value instanceof Null ? Optional.empty() : Optional.of(value);
        }

        public Optional<String> text(String key) {
            return get(key).map(value -> as(key, value, Text.class, "string").value());
        }

        public Optional<Long> integer(String key) {
            return get(key).map(value -> as(key, value, Int.class, "integer").value());
        }

        public Optional<Boolean> bool(String key) {
            return get(key).map(value -> as(key, value, Bool.class, "boolean").value());
        }

        public Optional<Bytes> bytes(String key) {
            return get(key).map(value -> as(key, value, Bytes.class, "bytes"));
        }

        public Optional<Cid> link(String key) {
            return get(key).map(value -> as(key, value, Link.class, "link").cid());
        }

        public Optional<List> list(String key) {
            return get(key).map(value -> as(key, value, List.class, "list"));
        }

        public Optional<Map> map(String key) {
            return get(key).map(value -> as(key, value, Map.class, "map"));
        }

        private static <T extends DagValue> T as(String key, DagValue value, Class<T> type, String kind) {
            if (!type.isInstance(value)) {
                throw new AtprotoException("map key \"%s\" holds %s, not %s".formatted(key, value.kind(), kind));
            }
            return type.cast(value);
        }
    }

    /** A byte string; it keeps its own copy, so it cannot change once made. */
    final class Bytes implements DagValue {

        private final byte[] bytes;

        private Bytes(byte[] bytes) {
            this.bytes = bytes;
        }

        public static Bytes of(byte[] bytes) {
            return new Bytes(bytes.clone());
        }

        static Bytes owning(byte[] bytes) {
            return new Bytes(bytes);
        }

        public int length() {
            return bytes.length;
        }

        public byte[] toArray() {
            return bytes.clone();
        }

        /** Reads the bytes without copying them, as when a firehose event carries a CAR file. */
        public InputStream asInputStream() {
            return new ByteArrayInputStream(bytes);
        }

        byte[] array() {
            return bytes;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes that && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Bytes[" + bytes.length + " bytes]";
        }
    }
}
