package dev.plaza.atproto.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.crypto.DidKey;
import dev.plaza.atproto.peer.AtprotoPeer;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.Headers;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Identities made by the reference PDS, resolved through the peer's PLC directory, with the loopback DNS responder
 * answering the handles' TXT records (and the fake web answering 404 for their well-known files).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityPeerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IdentityFixture fixture = new IdentityFixture();
    private AtprotoPeer peer;
    private IdentityResolver resolver;

    private record Account(Did did, String accessJwt) {
    }

    @BeforeAll
    void startPeer() {
        peer = AtprotoPeer.start();
        resolver = fixture.resolver(fixture.settings().withPlcDirectory(peer.plcUrl()));
    }

    @AfterAll
    void stop() {
        if (peer != null) {
            peer.close();
        }
        fixture.close();
    }

    @Test
    void aPdsAccountsDidResolvesThroughThePlcDirectoryToItsPdsHandleAndSigningKey() {
        Account alice = createAccount("alice.test");

        DidDocument document = resolver.resolveDid(alice.did());

        assertThat(alice.did().isPlc()).isTrue();
        assertThat(document.did()).isEqualTo(alice.did());
        assertThat(document.pds()).contains(peer.pdsUrl());
        assertThat(document.claimedHandle()).contains(Handle.parse("alice.test"));
        JsonNode credentials = xrpcGet("com.atproto.identity.getRecommendedDidCredentials", alice.accessJwt());
        assertThat(document.signingKey())
                .contains(DidKey.parse(credentials.path("verificationMethods").path("atproto").asText()));
    }

    @Test
    void aPdsAccountsHandleVerifiesBothWaysWhenItsTxtRecordNamesItsDid() {
        Account bob = createAccount("bob.test");
        fixture.txt("bob.test", bob.did().value());

        VerifiedIdentity byHandle = resolver.verifiedIdentity(Handle.parse("BOB.test"));
        VerifiedIdentity byDid = resolver.verifiedIdentity(bob.did());

        assertThat(byHandle.did()).isEqualTo(bob.did());
        assertThat(byHandle.handle()).isEqualTo(Handle.parse("bob.test"));
        assertThat(byHandle.handleVerified()).isTrue();
        assertThat(byHandle.document().pds()).contains(peer.pdsUrl());
        assertThat(byDid).isEqualTo(byHandle);
        assertThat(fixture.dns.queries("_atproto.bob.test")).isEqualTo(1);
    }

    @Test
    void aPdsAccountsHandleWhoseTxtRecordNamesAnotherDidDoesNotVerify() {
        Account carol = createAccount("carol.test");
        Account dave = createAccount("dave.test");
        fixture.txt("carol.test", dave.did().value());

        VerifiedIdentity identity = resolver.verifiedIdentity(carol.did());

        assertThat(identity.document().claimedHandle()).contains(Handle.parse("carol.test"));
        assertThat(identity.handle()).isEqualTo(VerifiedIdentity.INVALID_HANDLE);
    }

    private Account createAccount(String handle) {
        Map<String, String> input = Map.of("handle", handle, "email", handle.replace('.', '-') + "@example.com",
                "password", "correct horse battery staple");
        FetchedResponse response = fixture.http.post(xrpc("com.atproto.server.createAccount"),
                Headers.of("Content-Type", "application/json"), bytes(input));
        JsonNode created = json(response);
        assertThat(created.path("handle").asText()).isEqualTo(handle);
        return new Account(Did.parse(created.path("did").asText()), created.path("accessJwt").asText());
    }

    private JsonNode xrpcGet(String nsid, String accessJwt) {
        return json(fixture.http.get(xrpc(nsid), Headers.of("Authorization", "Bearer " + accessJwt)));
    }

    private URI xrpc(String nsid) {
        return peer.pdsUrl().resolve("/xrpc/" + nsid);
    }

    private static JsonNode json(FetchedResponse response) {
        assertThat(response.status()).as("%s: %s", response, response.bodyText()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("%s is not JSON: %s".formatted(response, response.bodyText()), e);
        }
    }

    private static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
