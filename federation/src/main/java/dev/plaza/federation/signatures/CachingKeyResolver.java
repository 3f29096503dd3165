package dev.plaza.federation.signatures;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps fetched keys for {@code ttl}, and fetches a key again after a failed verification at most once
 * per {@code refetchInterval} per keyId: enough to follow a key rotation, too little for a stream of
 * bad signatures to turn Plaza into a request amplifier.
 */
public final class CachingKeyResolver implements KeyResolver {

    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    public static final Duration DEFAULT_REFETCH_INTERVAL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 50_000;

    private record Entry(ResolvedKey key, Instant fetchedAt) {
    }

    private final KeyFetcher fetcher;
    private final Clock clock;
    private final Duration ttl;
    private final Duration refetchInterval;
    private final Map<URI, Entry> keys = new ConcurrentHashMap<>();
    private final Map<URI, Instant> lastFetch = new ConcurrentHashMap<>();

    public CachingKeyResolver(KeyFetcher fetcher) {
        this(fetcher, Clock.systemUTC(), DEFAULT_TTL, DEFAULT_REFETCH_INTERVAL);
    }

    public CachingKeyResolver(KeyFetcher fetcher, Clock clock, Duration ttl, Duration refetchInterval) {
        this.fetcher = requireNonNull(fetcher, "fetcher");
        this.clock = requireNonNull(clock, "clock");
        this.ttl = requireNonNull(ttl, "ttl");
        this.refetchInterval = requireNonNull(refetchInterval, "refetchInterval");
    }

    @Override
    public ResolvedKey resolve(URI keyId) {
        Entry cached = keys.get(keyId);
        if (cached != null && clock.instant().isBefore(cached.fetchedAt().plus(ttl))) {
            return cached.key();
        }
        return fetch(keyId);
    }

    @Override
    public Optional<ResolvedKey> refetch(URI keyId) {
        Instant now = clock.instant();
        Instant previous = lastFetch.get(keyId);
        if (previous != null && now.isBefore(previous.plus(refetchInterval))) {
            return Optional.empty();
        }
        return Optional.of(fetch(keyId));
    }

    /** Drops a key, e.g. when its actor was deleted. */
    public void forget(URI keyId) {
        keys.remove(keyId);
    }

    private ResolvedKey fetch(URI keyId) {
        Instant now = clock.instant();
        // Recorded before fetching, so that failed fetches count against the re-fetch budget too.
        lastFetch.put(keyId, now);
        ResolvedKey key = fetcher.fetch(keyId);
        if (keys.size() >= MAX_ENTRIES) {
            evictExpired(now);
        }
        keys.put(keyId, new Entry(key, now));
        return key;
    }

    private void evictExpired(Instant now) {
        keys.values().removeIf(entry -> !now.isBefore(entry.fetchedAt().plus(ttl)));
        lastFetch.values().removeIf(at -> !now.isBefore(at.plus(refetchInterval)));
        if (keys.size() >= MAX_ENTRIES) {
            keys.clear();
        }
    }
}
