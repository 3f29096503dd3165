package dev.plaza.channels.bluesky;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.identity.VerifiedIdentity;
import dev.plaza.atproto.syntax.Did;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles as the accounts' DID documents claim them and their handles confirm (bidirectional
 * verification, atproto handle spec), through an {@link IdentityResolver} and its caches.
 */
public final class VerifiedHandles implements HandleLookup {

    private static final Logger LOG = LoggerFactory.getLogger(VerifiedHandles.class);

    private final IdentityResolver resolver;

    public VerifiedHandles(IdentityResolver resolver) {
        this.resolver = requireNonNull(resolver, "resolver");
    }

    @Override
    public Optional<String> handleOf(String did) {
        try {
            VerifiedIdentity identity = resolver.verifiedIdentity(Did.parse(did));
            return Optional.of(identity.handle()).filter(handle -> !handle.equals(VerifiedIdentity.INVALID_HANDLE))
                    .map(handle -> handle.value());
        } catch (AtprotoException e) {
            LOG.debug("no verified handle for {}: {}", did, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void forget(String did) {
        try {
            resolver.invalidate(Did.parse(did));
        } catch (AtprotoException e) {
            LOG.debug("not a DID to forget: {}", did);
        }
    }
}
