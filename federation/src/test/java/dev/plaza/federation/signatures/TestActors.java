package dev.plaza.federation.signatures;

import dev.plaza.net.Headers;
import dev.plaza.net.SignableRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Two actors with keys, and the requests they send, shared by the signature tests. */
final class TestActors {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final URI ALICE = URI.create("https://alice.example/users/alice");
    static final URI ALICE_RSA_KEY = URI.create("https://alice.example/users/alice#main-key");
    static final URI ALICE_ED_KEY = URI.create("https://alice.example/users/alice#ed25519-key");
    static final KeyPair RSA = ActorKeys.generateRsa();
    static final KeyPair ED25519 = ActorKeys.generateEd25519();
    static final URI INBOX = URI.create("https://plaza.example/users/bob/inbox");
    static final byte[] BODY = "{\"type\":\"Follow\",\"actor\":\"https://alice.example/users/alice\"}"
            .getBytes(StandardCharsets.UTF_8);

    private TestActors() {
    }

    static SigningKey rsaKey() {
        return new SigningKey(ALICE_RSA_KEY, RSA.getPrivate());
    }

    static SigningKey edKey() {
        return new SigningKey(ALICE_ED_KEY, ED25519.getPrivate());
    }

    /** Alice's two public keys, as her actor document would publish them. */
    static KeyResolver keys() {
        return keyId -> {
            if (keyId.equals(ALICE_RSA_KEY)) {
                return new ResolvedKey(keyId, ALICE, RSA.getPublic());
            }
            if (keyId.equals(ALICE_ED_KEY)) {
                return new ResolvedKey(keyId, ALICE, ED25519.getPublic());
            }
            throw new dev.plaza.federation.FederationException(keyId + " answered 404");
        };
    }

    static SignableRequest follow() {
        return SignableRequest.post(INBOX, Headers.of("Content-Type", "application/activity+json"), BODY);
    }

    static SignatureVerifier verifierAt(Instant now) {
        return new SignatureVerifier(keys(), DateWindow.DEFAULT, Clock.fixed(now, ZoneOffset.UTC));
    }
}
