package dev.plaza.net;

import java.net.InetAddress;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The client's only way to a host's addresses: each answer passes {@link AddressGuard} and the
 * connection is opened to exactly the addresses that passed, so a DNS answer that changes between the
 * check and the connect (DNS rebinding) never reaches a socket.
 */
final class CheckedDnsResolver implements DnsResolver {

    private final HostLookup lookup;
    private final boolean allowLoopback;

    CheckedDnsResolver(HostLookup lookup, boolean allowLoopback) {
        this.lookup = lookup;
        this.allowLoopback = allowLoopback;
    }

    @Override
    public InetAddress[] resolve(String host) {
        return AddressGuard.resolve(host, allowLoopback, lookup).toArray(InetAddress[]::new);
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
