package dev.plaza.store;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A read-through cache of a small table that every inbound activity reads and the team rarely
 * changes (local actors, blocks, follows). The store invalidates it after each of its own writes
 * to that table commits, and when the table's trigger reports a change made elsewhere
 * ({@link StoreCaches}).
 *
 * <p>An entry remembers the generation it was read in and counts only while no write came after:
 * a read that raced a write is never served from the cache.
 */
final class ReadCache<K, V> {

    private final int maxEntries;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    private record Entry<V>(V value, long generation) {
    }

    ReadCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    V get(K key, Function<K, V> load) {
        long current = generation.get();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.generation() == current) {
            return entry.value();
        }
        V value = load.apply(key);
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, current));
        return value;
    }

    /** After a write has committed: everything read before it is stale. */
    void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }
}
