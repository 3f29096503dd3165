package dev.plaza.atproto.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TXT lookups through the JDK's JNDI DNS provider, against the loopback responder. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DnsTxtTest {

    private final DnsResponder dns = DnsResponder.start();
    private final DnsTxt lookup = new DnsTxt(IdentitySettings.DEFAULT
            .withNameservers(List.of(dns.address()))
            .withDns(Duration.ofMillis(200), 1));

    @BeforeEach
    void reset() {
        dns.reset();
    }

    @AfterAll
    void stop() {
        dns.close();
    }

    @Test
    void everyTxtRecordOfTheNameIsRead() {
        dns.txt("_atproto.alice.test", "did=did:plc:aaaaaaaaaaaaaaaaaaaaaaaa");
        dns.txt("_atproto.alice.test", "v=spf1 -all");

        assertThat(lookup.lookup("_atproto.alice.test"))
                .containsExactlyInAnyOrder("did=did:plc:aaaaaaaaaaaaaaaaaaaaaaaa", "v=spf1 -all");
        assertThat(dns.queries("_atproto.alice.test")).isEqualTo(1);
    }

    @Test
    void aRecordSplitIntoSeveralCharacterStringsIsJoined() {
        String longValue = "did=did:web:" + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "."
                + "d".repeat(60) + ".test";
        dns.txt("_atproto.long.test", longValue);
        dns.txtStrings("_atproto.quoted.test", List.of("did=did:plc:", "with \"quotes\" and \\ "));

        assertThat(longValue).hasSizeGreaterThan(255);
        assertThat(lookup.lookup("_atproto.long.test")).containsExactly(longValue);
        assertThat(lookup.lookup("_atproto.quoted.test")).containsExactly("did=did:plc:with \"quotes\" and \\ ");
    }

    @Test
    void aNameThatDoesNotExistHasNoRecords() {
        assertThat(lookup.lookup("_atproto.nobody.test")).isEmpty();
        assertThat(dns.queries("_atproto.nobody.test")).isEqualTo(1);
    }

    @Test
    void aNameserverThatDoesNotAnswerIsAFailureThatNamesTheLookup() {
        dns.silence("_atproto.silent.test");

        assertThatThrownBy(() -> lookup.lookup("_atproto.silent.test"))
                .isInstanceOfSatisfying(IdentityException.class,
                        e -> assertThat(e.reason()).isEqualTo(IdentityException.Reason.UNAVAILABLE))
                .hasMessageContaining("the DNS lookup of TXT _atproto.silent.test at dns://127.0.0.1:" + dns.address().getPort()
                        + " failed");
    }

    @Test
    void aServerFailureIsAFailure() {
        dns.fail("_atproto.broken.test");

        assertThatThrownBy(() -> lookup.lookup("_atproto.broken.test"))
                .isInstanceOfSatisfying(IdentityException.class,
                        e -> assertThat(e.reason()).isEqualTo(IdentityException.Reason.UNAVAILABLE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "did=did:plc:abc | did=did:plc:abc",
            "did=did:web: example.test | did=did:web:example.test",
            "'\"has space\" next' | has spacenext",
            "'\"a \\\"quote\\\" and \\\\\"' | a \"quote\" and \\"})
    void jndiCharacterStringsAreJoinedBack(String jndi, String joined) {
        assertThat(DnsTxt.joinedCharacterStrings(jndi)).isEqualTo(joined);
    }
}
