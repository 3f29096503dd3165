package dev.plaza.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "127.0.0.1       | loopback",
            "127.45.6.7      | loopback",
            "::1             | loopback",
            "10.1.2.3        | private (site-local)",
            "172.16.0.1      | private (site-local)",
            "172.31.255.254  | private (site-local)",
            "192.168.1.1     | private (site-local)",
            "169.254.169.254 | link-local",
            "fe80::1         | link-local",
            "fc00::1         | unique-local (fc00::/7)",
            "fd12:3456::1    | unique-local (fc00::/7)",
            "0.0.0.0         | unspecified (any-local)",
            "::              | unspecified (any-local)",
            "0.1.2.3         | \"this network\" (0.0.0.0/8)",
            "100.64.0.1      | carrier-grade NAT (100.64.0.0/10)",
            "100.127.255.1   | carrier-grade NAT (100.64.0.0/10)",
            "224.0.0.1       | multicast",
            "ff02::1         | multicast",
            "255.255.255.255 | reserved or broadcast (240.0.0.0/4)",
            "::ffff:10.0.0.1 | private (site-local)",
            "::ffff:127.0.0.1 | loopback",
            "::169.254.1.1   | link-local (IPv4 inside IPv6)",
            "64:ff9b::a9fe:a9fe | link-local (IPv4 inside IPv6)",
            "2002:c0a8:0101::1 | private (site-local) (IPv4 inside IPv6)",
    })
    void internalAddressesAreRefusedWithTheirKind(String address, String kind) throws Exception {
        assertThat(AddressGuard.refusal(InetAddress.getByName(address), false)).hasValueSatisfying(why -> assertThat(why).startsWith(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "100.128.0.1", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"})
    void publicAddressesPass(String address) throws Exception {
        assertThat(AddressGuard.refusal(InetAddress.getByName(address), false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "192.168.0.1", "169.254.169.254", "fe80::1", "fc00::1", "100.64.0.1", "0.0.0.0"})
    void theLoopbackTestSettingOpensLoopbackOnly(String address) throws Exception {
        assertThat(AddressGuard.refusal(InetAddress.getByName("127.0.0.1"), true)).isEmpty();
        assertThat(AddressGuard.refusal(InetAddress.getByName("::1"), true)).isEmpty();
        assertThat(AddressGuard.refusal(InetAddress.getByName(address), true)).isPresent();
    }
}
