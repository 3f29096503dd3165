package dev.plaza.federation.http;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Host names whose addresses GuardedHttpClient has checked and is about to connect to. While a host is
 * pinned, {@link PinningResolver} answers every lookup of it with exactly those addresses, so a DNS
 * answer that changes between the check and the JDK client's own lookup (DNS rebinding) cannot reach
 * the connection.
 */
final class AddressPins {

    private record Pin(List<InetAddress> addresses, int holders) {
    }

    /** Released when the request (including reading its body) is over. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    // Process-wide on purpose: the JVM loads its one name resolver through ServiceLoader (JEP 418), so
    // there is no instance to hand state to; the pins are short-lived and released by each request.
    private static final Map<String, Pin> PINS = new ConcurrentHashMap<>();
    private static volatile boolean installed;

    private AddressPins() {
    }

    /** Concurrent requests to one host share the first pin: its addresses were checked too. */
    static Lease pin(String host, List<InetAddress> addresses) {
        String key = host.toLowerCase(Locale.ROOT);
        PINS.merge(key, new Pin(List.copyOf(addresses), 1), (old, added) -> new Pin(old.addresses(), old.holders() + 1));
        return () -> PINS.computeIfPresent(key, (k, pin) -> pin.holders() == 1 ? null : new Pin(pin.addresses(), pin.holders() - 1));
    }

    static Optional<List<InetAddress>> pinned(String host) {
        Pin pin = PINS.get(host.toLowerCase(Locale.ROOT));
        return pin == null ? Optional.empty() : Optional.of(pin.addresses());
    }

    static void markInstalled() {
        installed = true;
    }

    /** Whether the JVM resolves names through {@link PinningResolverProvider}. */
    static boolean installed() {
        return installed;
    }
}
