package dev.plaza.atproto.crypto;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed did:key strings by text, so that a stream of commits signed by the same accounts decodes
 * each key (a square root on the curve) once and verifies with its precomputed tables after that.
 * Bounded: when full, an arbitrary entry makes room. Safe to share between threads.
 */
public final class PublicKeyCache {

    private final int capacity;
    private final ConcurrentHashMap<String, PublicKey> keys;

    public PublicKeyCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a key cache holds at least one key; asked for " + capacity);
        }
        this.capacity = capacity;
        this.keys = new ConcurrentHashMap<>(Math.min(capacity, 1 << 16));
    }

    /** The key in "did:key:z…", as {@link DidKey#parse} gives it; refusals are not cached. */
    public PublicKey didKey(String did) {
        PublicKey key = keys.get(did);
        if (key != null) {
            return key;
        }
        key = DidKey.parse(did);
        makeRoom();
        PublicKey raced = keys.putIfAbsent(did, key);
        return raced != null ? raced : key;
    }

    int size() {
        return keys.size();
    }

    private void makeRoom() {
        Iterator<String> entries = keys.keySet().iterator();
        while (keys.size() >= capacity && entries.hasNext()) {
            keys.remove(entries.next());
        }
    }
}
