package dev.plaza.atproto.identity;

import static dev.plaza.atproto.identity.IdentityFixture.document;
import static dev.plaza.atproto.identity.IdentityFixture.plc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.identity.IdentityException.Reason;
import dev.plaza.atproto.syntax.Did;
import java.net.URI;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** DID to document: did:plc from the (fake) PLC directory, did:web from its host (atproto DID spec). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DidResolutionTest {

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
    void aPlcDocumentIsReadFromThePlcDirectory() {
        fixture.plcDocument(plc("alice"), Optional.of("alice.test"));

        DidDocument document = resolver.resolveDid(Did.parse(plc("alice")));

        assertThat(fixture.web.hits("/" + plc("alice"))).isEqualTo(1);
        assertThat(document.did()).isEqualTo(Did.parse(plc("alice")));
        assertThat(document.claimedHandle()).hasValueSatisfying(h -> assertThat(h.value()).isEqualTo("alice.test"));
        assertThat(document.signingKey()).hasValueSatisfying(key -> assertThat(key.type()).isEqualTo(KeyType.K256));
        assertThat(document.pds()).contains(URI.create(IdentityFixture.PDS));
    }

    @Test
    void aPlcDirectoryUnderAPathIsAskedThere() {
        fixture.web.serve("/plc/" + plc("bob"), 200, "application/json", document(plc("bob"), Optional.empty()));
        IdentityResolver underPath = fixture.resolver(fixture.settings().withPlcDirectory(URI.create(fixture.web.url() + "/plc/")));

        assertThat(underPath.resolveDid(Did.parse(plc("bob"))).did()).isEqualTo(Did.parse(plc("bob")));
    }

    @Test
    void aDidTheDirectoryDoesNotKnowIsNotFound() {
        fixture.web.serve("/" + plc("gone"), 410, "application/json", "{\"message\":\"DID not available: tombstoned\"}");

        assertRefused(plc("nobody"), Reason.NOT_FOUND)
                .hasMessage("%s has no DID document: %s/%s answered 404", plc("nobody"), fixture.web.url(), plc("nobody"));
        assertRefused(plc("gone"), Reason.NOT_FOUND).hasMessageEndingWith("answered 410 (deactivated)");
    }

    @Test
    void aFailingDirectoryIsUnavailable() {
        fixture.web.serve("/" + plc("carol"), 502, "text/plain", "bad gateway");

        assertRefused(plc("carol"), Reason.UNAVAILABLE)
                .hasMessage("the DID document of %s could not be read: %s/%s answered 502", plc("carol"), fixture.web.url(),
                        plc("carol"));
    }

    @Test
    void aDocumentForAnotherDidIsRefused() {
        fixture.web.serve("/" + plc("dave"), 200, "application/json", document(plc("mallory"), Optional.of("dave.test")));

        assertRefused(plc("dave"), Reason.INVALID)
                .hasMessage("%s/%s answered the document of %s when asked for %s", fixture.web.url(), plc("dave"),
                        plc("mallory"), plc("dave"));
    }

    @Test
    void aDocumentThatIsNotJsonIsRefused() {
        fixture.web.serve("/" + plc("erin"), 200, "text/html", "<html>hello</html>");

        assertRefused(plc("erin"), Reason.INVALID).hasMessageContaining("a DID document is not JSON");
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefused() {
        fixture.plcDocument(plc("frank"), Optional.of("frank.test"));
        IdentityResolver small = fixture.resolver(fixture.settings().withMaxDocumentBytes(200));

        assertThatThrownBy(() -> small.resolveDid(Did.parse(plc("frank"))))
                .isInstanceOfSatisfying(IdentityException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID))
                .hasMessageContaining("bytes; Plaza reads at most 200");
    }

    @Test
    void aDidWebIsReadFromItsHostsWellKnownDidJsonWithItsPort() {
        String did = "did:web:localhost%3A" + fixture.web.port();
        fixture.web.serve("/.well-known/did.json", 200, "application/json", document(did, Optional.of("web.test")));

        DidDocument document = resolver.resolveDid(Did.parse(did));

        assertThat(document.did().value()).isEqualTo(did);
        assertThat(document.claimedHandle()).hasValueSatisfying(h -> assertThat(h.value()).isEqualTo("web.test"));
        assertThat(fixture.web.hits("/.well-known/did.json")).isEqualTo(1);
    }

    @Test
    void didWebsWithAPortOffLocalhostOrAPathAreRefusedWithoutARequest() {
        assertRefused("did:web:example.com%3A8443", Reason.INVALID)
                .hasMessage("did:web:example.com%3A8443 names a port; atproto allows did:web ports only for localhost");
        assertRefused("did:web:example.com:users:alice", Reason.INVALID)
                .hasMessageContaining("atproto does not use did:web with a path");
    }

    @Test
    void didsOfOtherMethodsAreRefused() {
        assertRefused("did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme", Reason.INVALID)
                .hasMessageEndingWith("uses the method did:key; atproto accounts use did:plc and did:web");
        assertRefused("did:plc:UPPERCASE", Reason.INVALID).hasMessageContaining("not a valid did:plc");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String did, Reason reason) {
        return assertThatThrownBy(() -> resolver.resolveDid(Did.parse(did)))
                .isInstanceOfSatisfying(IdentityException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
