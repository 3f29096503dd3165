package dev.plaza.channels.bluesky;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.bsky.HandleToDid;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles as the accounts' DID documents claim them and the handles confirm by resolving back to the
 * DID (bidirectional verification, atproto handle spec), through an {@link IdentityResolver} and its
 * caches.
 */
public final class VerifiedHandles implements HandleLookup {

    private static final Logger LOG = LoggerFactory.getLogger(VerifiedHandles.class);

    private final IdentityResolver resolver;
    private final HandleToDid handles;

    /** Handles confirmed the way the resolver resolves them: DNS TXT {@code _atproto} or HTTPS well-known. */
    public VerifiedHandles(IdentityResolver resolver) {
        this(resolver, handle -> Optional.of(resolver.resolveHandle(handle)));
    }

    /** Handles confirmed by {@code handles}, e.g. a PDS that serves them. */
    public VerifiedHandles(IdentityResolver resolver, HandleToDid handles) {
        this.resolver = requireNonNull(resolver, "resolver");
        this.handles = requireNonNull(handles, "handles");
    }

    @Override
    public Optional<String> handleOf(String did) {
        try {
            Did account = Did.parse(did);
            Optional<Handle> claimed = resolver.resolveDid(account).claimedHandle();
            return claimed.filter(handle -> handles.resolve(handle).filter(account::equals).isPresent()).map(Handle::value);
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
