package dev.plaza.atproto.identity;

import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.SigningKey;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the identity tests resolve against, all on loopback: a DNS responder for TXT records, a web server standing
 * in for handles' sites and the PLC directory, the guarded client with loopback allowed, and a clock to move on.
 */
final class IdentityFixture implements AutoCloseable {

    static final String PDS = "https://pds.example.com";

    final DnsResponder dns = DnsResponder.start();
    final FakeWeb web = FakeWeb.start();
    final GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());
    final MutableClock clock = new MutableClock();

    /** The PLC directory is the fake web's root; DNS attempts are one of 200 ms, so silence fails fast. */
    IdentitySettings settings() {
        return IdentitySettings.DEFAULT
                .withPlcDirectory(web.url())
                .withNameservers(List.of(dns.address()))
                .withDns(Duration.ofMillis(200), 1);
    }

    IdentityResolver resolver() {
        return resolver(settings());
    }

    /** Handles' well-known files are read from the fake web at /{handle}/.well-known/atproto-did. */
    IdentityResolver resolver(IdentitySettings settings) {
        return new IdentityResolver(http, settings, clock, handle -> URI.create(web.url() + "/" + handle));
    }

    String wellKnownPath(String handle) {
        return "/" + handle + "/.well-known/atproto-did";
    }

    String wellKnownUrl(String handle) {
        return web.url() + wellKnownPath(handle);
    }

    void txt(String handle, String did) {
        dns.txt("_atproto." + handle, "did=" + did);
    }

    void wellKnown(String handle, String did) {
        web.serve(wellKnownPath(handle), 200, "text/plain", did + "\n");
    }

    void plcDocument(String did, Optional<String> handle) {
        web.serve("/" + did, 200, "application/did+ld+json", document(did, handle));
    }

    void reset() {
        dns.reset();
        web.reset();
    }

    /** A did:plc made from {@code name} (letters a-z), padded to the method's 24 characters. */
    static String plc(String name) {
        return "did:plc:" + (name + "a".repeat(24)).substring(0, 24);
    }

    /** A DID document as the PLC directory serves them: the handle (if any), a fresh K-256 key and a PDS. */
    static String document(String did, Optional<String> handle) {
        String key = SigningKey.generate(KeyType.K256).publicKey().multikey();
        return """
                {"@context":["https://www.w3.org/ns/did/v1","https://w3id.org/security/multikey/v1"],
                 "id":"%1$s","alsoKnownAs":[%2$s],
                 "verificationMethod":[{"id":"%1$s#atproto","type":"Multikey","controller":"%1$s","publicKeyMultibase":"%3$s"}],
                 "service":[{"id":"#atproto_pds","type":"AtprotoPersonalDataServer","serviceEndpoint":"%4$s"}]}"""
                .formatted(did, handle.map(h -> "\"at://" + h + "\"").orElse(""), key, PDS);
    }

    @Override
    public void close() {
        http.close();
        web.close();
        dns.close();
    }
}
