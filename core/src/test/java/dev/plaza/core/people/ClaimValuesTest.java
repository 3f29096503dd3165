package dev.plaza.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClaimValuesTest {

    @Test
    void aWebAddressLosesCaseInSchemeAndHostItsDefaultPortAndATrailingSlash() {
        assertThat(ClaimValues.url("HTTPS://Alice.Example:443/")).isEqualTo("https://alice.example");
        assertThat(ClaimValues.url("http://alice.example:80")).isEqualTo("http://alice.example");
        assertThat(ClaimValues.url("https://alice.example:8443/About/")).isEqualTo("https://alice.example:8443/About");
        assertThat(ClaimValues.url(" https://alice.example/blog?x=1#top ")).isEqualTo("https://alice.example/blog?x=1");
    }

    @Test
    void internationalHostsAndDomainsAreSpelledInAscii() {
        assertThat(ClaimValues.url("https://Bücher.example/")).isEqualTo("https://xn--bcher-kva.example");
        assertThat(ClaimValues.domain("Пример.ИСПЫТАНИЕ.")).isEqualTo("xn--e1afmkfd.xn--80akhbyknj4f");
        assertThat(ProfileClaim.of(ClaimKind.DOMAIN_HANDLE, "Alice.Example", true).value()).isEqualTo("alice.example");
    }

    @Test
    void onlyWebAddressesAreUrlClaims() {
        assertThatThrownBy(() -> ProfileClaim.of(ClaimKind.REL_ME, "mailto:alice@example.com", true))
                .hasMessageContaining("not an http(s) address");
        assertThat(ClaimValues.tryUrl("javascript:alert(1)")).isEmpty();
        assertThat(ClaimValues.host("https://xn--bcher-kva.example/x")).contains("xn--bcher-kva.example");
    }
}
