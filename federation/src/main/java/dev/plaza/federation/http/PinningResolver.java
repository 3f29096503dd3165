package dev.plaza.federation.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Answers pinned hosts from {@link AddressPins}; delegates every other lookup to the JDK's resolver. */
final class PinningResolver implements InetAddressResolver {

    private final InetAddressResolver builtin;

    PinningResolver(InetAddressResolver builtin) {
        this.builtin = builtin;
    }

    @Override
    public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
        Optional<List<InetAddress>> pinned = AddressPins.pinned(host);
        if (pinned.isEmpty()) {
            return builtin.lookupByName(host, policy);
        }
        int characteristics = policy.characteristics();
        List<InetAddress> answer = pinned.get().stream()
                .filter(a -> (characteristics & LookupPolicy.IPV4) != 0 || a instanceof Inet6Address)
                .filter(a -> (characteristics & LookupPolicy.IPV6) != 0 || a instanceof Inet4Address)
                .sorted(Comparator.comparingInt(a -> order(a, characteristics)))
                .toList();
        if (answer.isEmpty()) {
            throw new UnknownHostException(host + " is pinned to addresses of another IP family");
        }
        return answer.stream();
    }

    @Override
    public String lookupByAddress(byte[] addr) throws UnknownHostException {
        return builtin.lookupByAddress(addr);
    }

    private static int order(InetAddress address, int characteristics) {
        if ((characteristics & LookupPolicy.IPV4_FIRST) != 0) {
            return address instanceof Inet4Address ? 0 : 1;
        }
        if ((characteristics & LookupPolicy.IPV6_FIRST) != 0) {
            return address instanceof Inet6Address ? 0 : 1;
        }
        return 0;
    }
}
