package dev.plaza.net;

import static dev.plaza.net.OutboundRequestException.Reason.FORBIDDEN_ADDRESS;
import static dev.plaza.net.OutboundRequestException.Reason.UNRESOLVABLE;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Decides whether an address is on the public internet; everything internal is refused. */
final class AddressGuard {

    private AddressGuard() {
    }

    /** All addresses of {@code host}, each checked; refuses the host if any one of them is internal. */
    static List<InetAddress> resolve(String host, boolean allowLoopback, HostLookup lookup) {
        InetAddress[] addresses;
        try {
            addresses = lookup.addresses(host);
        } catch (UnknownHostException e) {
            throw new OutboundRequestException(UNRESOLVABLE, "%s does not resolve: %s".formatted(host, e.getMessage()), e);
        }
        for (InetAddress address : addresses) {
            refusal(address, allowLoopback).ifPresent(why -> {
                throw new OutboundRequestException(FORBIDDEN_ADDRESS, "%s resolves to %s, a %s address; Plaza only contacts public addresses"
                        .formatted(host, address.getHostAddress(), why));
            });
        }
        return List.of(addresses);
    }

    /** Why the address is internal, or empty when it is public. */
    static Optional<String> refusal(InetAddress address, boolean allowLoopback) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            Optional<InetAddress> embedded = embeddedIpv4(b);
            if (embedded.isPresent()) {
                return refusal(embedded.get(), allowLoopback).map(why -> why + " (IPv4 inside IPv6)");
            }
        }
        if (address.isLoopbackAddress()) {
            return allowLoopback ? Optional.empty() : Optional.of("loopback");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified (any-local)");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private (site-local)");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        return address instanceof Inet4Address ? ipv4Special(b) : ipv6Special(b);
    }

    private static Optional<String> ipv4Special(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return Optional.of("\"this network\" (0.0.0.0/8)");
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return Optional.of("carrier-grade NAT (100.64.0.0/10)");
        }
        if (first == 198 && (second & 0xfe) == 18) {
            return Optional.of("benchmarking (198.18.0.0/15)");
        }
        if (first == 192 && second == 0 && b[2] == 0) {
            return Optional.of("IETF protocol assignment (192.0.0.0/24)");
        }
        if (first >= 240) {
            return Optional.of("reserved or broadcast (240.0.0.0/4)");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6Special(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) {
            return Optional.of("unique-local (fc00::/7)");
        }
        return Optional.empty();
    }

    /** IPv4-mapped ::ffff:0:0/96, IPv4-compatible ::/96, NAT64 64:ff9b::/96 and 6to4 2002::/16 all reach an IPv4 host. */
    private static Optional<InetAddress> embeddedIpv4(byte[] b) {
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return Optional.of(ipv4(b, 12));
        }
        if (allZero(b, 0, 12) && !(allZero(b, 12, 15) && (b[15] == 0 || b[15] == 1))) {
            return Optional.of(ipv4(b, 12));
        }
        if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
            return Optional.of(ipv4(b, 12));
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Optional.of(ipv4(b, 2));
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] b, int offset) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(b, offset, offset + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
