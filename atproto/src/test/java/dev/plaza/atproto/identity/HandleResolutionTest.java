package dev.plaza.atproto.identity;

import static dev.plaza.atproto.identity.IdentityFixture.plc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.identity.IdentityException.Reason;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Handle to DID through a TXT record, the well-known file, or both (atproto handle spec). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandleResolutionTest {

    private final IdentityFixture fixture = new IdentityFixture();
    private IdentityResolver resolver;

    @BeforeEach
    void freshResolver() {
        fixture.reset();
        resolver = fixture.resolver();
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    void aTxtRecordAloneResolvesTheHandle() {
        fixture.txt("alice.test", plc("alice"));

        assertThat(resolve("alice.test")).isEqualTo(Did.parse(plc("alice")));
        assertThat(fixture.web.hits(fixture.wellKnownPath("alice.test"))).as("the well-known file is asked too").isEqualTo(1);
    }

    @Test
    void theWellKnownFileAloneResolvesTheHandle() {
        fixture.wellKnown("bob.test", plc("bob"));

        assertThat(resolve("bob.test")).isEqualTo(Did.parse(plc("bob")));
        assertThat(fixture.dns.queries("_atproto.bob.test")).as("DNS is asked too").isEqualTo(1);
    }

    @Test
    void bothWaysAnsweringTheSameDidAgree() {
        fixture.txt("carol.test", plc("carol"));
        fixture.wellKnown("carol.test", plc("carol"));

        assertThat(resolve("carol.test")).isEqualTo(Did.parse(plc("carol")));
    }

    @Test
    void aHandleIsResolvedInLowerCase() {
        fixture.txt("dave.test", plc("dave"));

        assertThat(resolve("Dave.TEST")).isEqualTo(Did.parse(plc("dave")));
    }

    @Test
    void conflictingAnswersAreRefused() {
        fixture.txt("erin.test", plc("erin"));
        fixture.wellKnown("erin.test", plc("mallory"));

        assertRefused("erin.test", Reason.INVALID)
                .hasMessage("erin.test resolves to two DIDs: its _atproto TXT record says %s and %s says %s",
                        plc("erin"), fixture.wellKnownUrl("erin.test"), plc("mallory"));
    }

    @Test
    void twoDidRecordsAreRefusedEvenWhenTheWebAnswers() {
        fixture.txt("frank.test", plc("frank"));
        fixture.txt("frank.test", plc("mallory"));
        fixture.wellKnown("frank.test", plc("frank"));

        assertRefused("frank.test", Reason.INVALID)
                .hasMessageContaining("frank.test has 2 _atproto TXT records with did=")
                .hasMessageContaining("atproto accepts exactly one");
    }

    @Test
    void aTxtRecordWithAMalformedDidIsRefused() {
        fixture.dns.txt("_atproto.grace.test", "did=not-a-did");
        fixture.wellKnown("grace.test", plc("grace"));

        assertRefused("grace.test", Reason.INVALID)
                .hasMessage("the _atproto TXT record of grace.test says did=not-a-did, which is not a DID");
    }

    @Test
    void otherTxtRecordsAreIgnored() {
        fixture.dns.txt("_atproto.heidi.test", "v=spf1 -all");
        fixture.wellKnown("heidi.test", plc("heidi"));
        fixture.dns.txt("_atproto.ivan.test", "v=spf1 -all");

        assertThat(resolve("heidi.test")).isEqualTo(Did.parse(plc("heidi")));
        assertRefused("ivan.test", Reason.NOT_FOUND)
                .hasMessageStartingWith("ivan.test has no did= record among its 1 _atproto TXT records and ");
    }

    @Test
    void aHandleWithNeitherIsNotFoundAndTheMessageSaysWhatWasAsked() {
        assertRefused("nobody.test", Reason.NOT_FOUND)
                .hasMessage("nobody.test has no _atproto TXT record and %s answered 404", fixture.wellKnownUrl("nobody.test"));
    }

    @Test
    void aWebPageThatIsNotADidIsNoAnswer() {
        String page = "<!doctype html><html><body>Welcome to my little site on the web</body></html>";
        fixture.web.serve(fixture.wellKnownPath("judy.test"), 200, "text/html", page);
        fixture.txt("judy.test", plc("judy"));
        fixture.web.serve(fixture.wellKnownPath("karl.test"), 200, "text/html", page);

        assertThat(resolve("judy.test")).isEqualTo(Did.parse(plc("judy")));
        assertRefused("karl.test", Reason.NOT_FOUND)
                .hasMessageEndingWith("%s answered 200 with \"%s…\", which is not a DID".formatted(
                        fixture.wellKnownUrl("karl.test"), page.substring(0, 64)));
    }

    @Test
    void anOversizedWellKnownFileIsNoAnswer() {
        fixture.web.serve(fixture.wellKnownPath("lena.test"), 200, "text/plain", plc("lena") + " ".repeat(5000));

        assertRefused("lena.test", Reason.NOT_FOUND).hasMessageContaining("answered 5032 bytes; a DID fits in 4096");
    }

    @Test
    void aSilentNameserverLeavesTheWebToAnswer() {
        fixture.dns.silence("_atproto.mia.test");
        fixture.wellKnown("mia.test", plc("mia"));

        assertThat(resolve("mia.test")).isEqualTo(Did.parse(plc("mia")));
    }

    @Test
    void failuresWithoutAnyAnswerAreUnavailableNotNotFound() {
        fixture.dns.silence("_atproto.nick.test");
        fixture.dns.fail("_atproto.olga.test");
        fixture.web.serve(fixture.wellKnownPath("pete.test"), 503, "text/plain", "down for maintenance");

        assertRefused("nick.test", Reason.UNAVAILABLE)
                .hasMessageStartingWith("nick.test could not be resolved: the DNS lookup of TXT _atproto.nick.test at dns://")
                .hasMessageEndingWith("and %s answered 404".formatted(fixture.wellKnownUrl("nick.test")));
        assertRefused("olga.test", Reason.UNAVAILABLE).hasMessageContaining("_atproto.olga.test");
        assertRefused("pete.test", Reason.UNAVAILABLE)
                .hasMessage("pete.test could not be resolved: pete.test has no _atproto TXT record and %s answered 503",
                        fixture.wellKnownUrl("pete.test"));
    }

    @Test
    void aDidTooLongForOneCharacterStringIsReadWhole() {
        String host = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".test";
        fixture.txt("quinn.test", "did:web:" + host);

        assertThat(resolve("quinn.test")).isEqualTo(Did.parse("did:web:" + host));
    }

    @Test
    void handlesUnderReservedTopLevelDomainsAreRefusedWithoutALookup() {
        for (String handle : new String[] {"alice.local", "bob.onion", "carol.internal", "handle.invalid"}) {
            fixture.txt(handle, plc("alice"));

            assertRefused(handle, Reason.INVALID).hasMessageContaining("which atproto handles may not use");
            assertThat(fixture.dns.queries("_atproto." + handle)).isZero();
        }
    }

    private Did resolve(String handle) {
        return resolver.resolveHandle(Handle.parse(handle));
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String handle, Reason reason) {
        return assertThatThrownBy(() -> resolve(handle))
                .isInstanceOfSatisfying(IdentityException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
