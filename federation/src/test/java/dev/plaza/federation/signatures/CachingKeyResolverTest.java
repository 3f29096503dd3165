package dev.plaza.federation.signatures;

import dev.plaza.net.SignableRequest;
import dev.plaza.testing.MutableClock;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import static dev.plaza.federation.signatures.TestActors.ALICE;
import static dev.plaza.federation.signatures.TestActors.ALICE_RSA_KEY;
import static dev.plaza.federation.signatures.TestActors.NOW;
import static dev.plaza.federation.signatures.TestActors.follow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingKeyResolverTest {

    private static final KeyPair ROTATED = ActorKeys.generateRsa();

    private final MutableClock clock = new MutableClock(NOW);
    private final AtomicReference<PublicKey> published = new AtomicReference<>(TestActors.RSA.getPublic());
    private final AtomicInteger fetches = new AtomicInteger();
    private final CachingKeyResolver keys = new CachingKeyResolver(keyId -> {
        fetches.incrementAndGet();
        return new ResolvedKey(keyId, ALICE, published.get());
    }, clock, Duration.ofHours(24), Duration.ofMinutes(5));
    private final SignatureVerifier verifier = new SignatureVerifier(keys, DateWindow.DEFAULT, clock);

    private SignableRequest signedWith(KeyPair pair) {
        return DraftCavageSigner.of(new SigningKey(ALICE_RSA_KEY, pair.getPrivate()), clock).sign(follow());
    }

    @Test
    void aKeyIsFetchedOnceAndThenServedFromTheCache() {
        verifier.verify(signedWith(TestActors.RSA));
        clock.advance(Duration.ofHours(1));
        verifier.verify(signedWith(TestActors.RSA));

        assertThat(fetches).hasValue(1);
    }

    @Test
    void aRotatedKeyIsFetchedAgainAfterTheCachedOneFails() {
        verifier.verify(signedWith(TestActors.RSA));
        clock.advance(Duration.ofMinutes(10));
        published.set(ROTATED.getPublic());

        assertThat(verifier.verify(signedWith(ROTATED)).keyId()).isEqualTo(ALICE_RSA_KEY);
        assertThat(fetches).hasValue(2);
        verifier.verify(signedWith(ROTATED));
        assertThat(fetches).hasValue(2);
    }

    @Test
    void badSignaturesTriggerAtMostOneRefetchPerKeyEveryFiveMinutes() {
        verifier.verify(signedWith(TestActors.RSA));
        clock.advance(Duration.ofMinutes(10));
        KeyPair forger = ActorKeys.generateRsa();

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> verifier.verify(signedWith(forger)))
                    .isInstanceOf(SignatureRejectedException.class)
                    .hasMessageContaining("the signature does not verify with key " + ALICE_RSA_KEY);
        }
        assertThat(fetches).hasValue(2);

        clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(() -> verifier.verify(signedWith(forger))).isInstanceOf(SignatureRejectedException.class);
        assertThat(fetches).hasValue(3);
    }

    @Test
    void aKeyJustFetchedIsNotFetchedAgainOnFailure() {
        assertThatThrownBy(() -> verifier.verify(signedWith(ROTATED))).isInstanceOf(SignatureRejectedException.class);

        assertThat(fetches).hasValue(1);
    }

    @Test
    void aFailingFetchIsAnUnknownKey() {
        var failing = new CachingKeyResolver(keyId -> {
            throw new dev.plaza.federation.FederationException(keyId + " answered 410 Gone");
        }, clock, Duration.ofHours(1), Duration.ofMinutes(5));

        assertThatThrownBy(() -> new SignatureVerifier(failing, DateWindow.DEFAULT, clock).verify(signedWith(TestActors.RSA)))
                .isInstanceOfSatisfying(SignatureRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignatureRejectedException.Reason.UNKNOWN_KEY))
                .hasMessage("could not obtain key %s: %s answered 410 Gone".formatted(ALICE_RSA_KEY, ALICE_RSA_KEY));
    }
}
