package dev.plaza.federation.signatures;

import dev.plaza.federation.FederationException;
import dev.plaza.net.OutboundRequestException;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.BAD_SIGNATURE;
import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.UNKNOWN_KEY;

/** Resolves the signing key and runs the cryptographic check, once more with a re-fetched key on failure. */
final class KeyCheck {

    private KeyCheck() {
    }

    /** {@code check} answers whether the signature is valid for a key, or throws when the key cannot fit. */
    static ResolvedKey verify(URI keyId, KeyResolver keys, Predicate<ResolvedKey> check) {
        ResolvedKey key = resolve(keyId, keys);
        if (check.test(key)) {
            return key;
        }
        // The actor may have rotated its key since we cached it: one fresh look, rate-limited by the resolver.
        Optional<ResolvedKey> fresh = refetch(keyId, keys)
                .filter(k -> !Arrays.equals(k.publicKey().getEncoded(), key.publicKey().getEncoded()));
        if (fresh.isPresent() && check.test(fresh.get())) {
            return fresh.get();
        }
        throw new SignatureRejectedException(BAD_SIGNATURE,
                "the signature does not verify with key %s%s".formatted(keyId,
                        fresh.isPresent() ? " (nor with the key fetched again just now)" : ""));
    }

    private static ResolvedKey resolve(URI keyId, KeyResolver keys) {
        try {
            return checked(keyId, keys.resolve(keyId));
        } catch (SignatureRejectedException e) {
            throw e;
        } catch (FederationException | OutboundRequestException e) {
            throw new SignatureRejectedException(UNKNOWN_KEY,
                    "could not obtain key %s: %s".formatted(keyId, e.getMessage()), e);
        }
    }

    private static Optional<ResolvedKey> refetch(URI keyId, KeyResolver keys) {
        try {
            return keys.refetch(keyId).map(k -> checked(keyId, k));
        } catch (SignatureRejectedException e) {
            throw e;
        } catch (FederationException | OutboundRequestException e) {
            throw new SignatureRejectedException(BAD_SIGNATURE,
                    "the signature does not verify with the cached key %s, and fetching it again failed: %s"
                            .formatted(keyId, e.getMessage()), e);
        }
    }

    private static ResolvedKey checked(URI keyId, ResolvedKey key) {
        if (!key.keyId().equals(keyId)) {
            throw new SignatureRejectedException(UNKNOWN_KEY,
                    "asked for key %s but was given %s".formatted(keyId, key.keyId()));
        }
        if (!KeyType.isSupported(key.publicKey())) {
            throw new SignatureRejectedException(SignatureRejectedException.Reason.UNSUPPORTED_ALGORITHM,
                    "key %s is a %s key; Plaza verifies RSA and Ed25519".formatted(keyId, key.publicKey().getAlgorithm()));
        }
        return key;
    }
}
