package dev.plaza.atproto.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Answers and failures ({@link IdentityException}s) remembered for a while, the least recently used dropped past
 * a size; callers asking for a key that is being loaded wait for that load instead of starting another.
 */
final class ExpiringCache<K, V> {

    private sealed interface Outcome<V> {
    }

    private record Value<V>(V value) implements Outcome<V> {
    }

    private record Failure<V>(IdentityException failure) implements Outcome<V> {
    }

    private record Remembered<V>(Outcome<V> outcome, Instant expires) {
    }

    private final Clock clock;
    private final Duration positiveTtl;
    private final Duration negativeTtl;
    private final Map<K, Remembered<V>> entries;
    private final Map<K, CompletableFuture<Outcome<V>>> loading = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();

    ExpiringCache(Clock clock, Duration positiveTtl, Duration negativeTtl, int maxEntries) {
        this.clock = clock;
        this.positiveTtl = positiveTtl;
        this.negativeTtl = negativeTtl;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Remembered<V>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The remembered answer for {@code key}, or the answer of a load in progress, or {@code load}'s. */
    V get(K key, Function<K, V> load) {
        CompletableFuture<Outcome<V>> pending;
        boolean mine = false;
        lock.lock();
        try {
            Remembered<V> entry = entries.get(key);
            if (entry != null && clock.instant().isBefore(entry.expires())) {
                return unwrap(entry.outcome());
            }
            entries.remove(key);
            pending = loading.get(key);
            if (pending == null) {
                pending = new CompletableFuture<>();
                loading.put(key, pending);
                mine = true;
            }
        } finally {
            lock.unlock();
        }
        if (mine) {
            load(key, load, pending);
        }
        try {
            return unwrap(pending.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void load(K key, Function<K, V> load, CompletableFuture<Outcome<V>> pending) {
        Outcome<V> outcome;
        try {
            outcome = new Value<>(load.apply(key));
        } catch (IdentityException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw notAnAnswer(key, pending, e);
            }
            outcome = new Failure<>(e);
        } catch (RuntimeException e) {
            throw notAnAnswer(key, pending, e);
        } catch (Error e) {
            throw notAnAnswer(key, pending, e);
        }
        lock.lock();
        try {
            // an invalidate() while this load ran dropped it from loading: its answer may be stale, so it is not kept
            if (loading.remove(key, pending)) {
                Duration ttl = outcome instanceof Value<V> ? positiveTtl : negativeTtl;
                entries.put(key, new Remembered<>(outcome, clock.instant().plus(ttl)));
            }
        } finally {
            lock.unlock();
        }
        pending.complete(outcome);
    }

    void invalidate(K key) {
        lock.lock();
        try {
            entries.remove(key);
            loading.remove(key);
        } finally {
            lock.unlock();
        }
    }

    /** Drops every remembered answer (not failure) that {@code stale} accepts. */
    void invalidateValues(Predicate<V> stale) {
        lock.lock();
        try {
            entries.values().removeIf(entry -> entry.outcome() instanceof Value<V> value && stale.test(value.value()));
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return entries.size();
        } finally {
            lock.unlock();
        }
    }

    /** A failure that says nothing about the key (a bug, an interrupted loader): passed to every waiter, not kept. */
    private <T extends Throwable> T notAnAnswer(K key, CompletableFuture<Outcome<V>> pending, T failure) {
        lock.lock();
        try {
            loading.remove(key, pending);
        } finally {
            lock.unlock();
        }
        pending.completeExceptionally(failure);
        return failure;
    }

    private V unwrap(Outcome<V> outcome) {
        return switch (outcome) {
            case Value<V> value -> value.value();
            case Failure<V> failure -> throw failure.failure().again();
        };
    }
}

