package dev.plaza.atproto.identity;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.syntax.AtIdentifier;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.time.Clock;
import java.util.function.Function;

/**
 * Resolves handles to DIDs and DIDs to documents over Plaza's guarded client, and verifies handles in both
 * directions (atproto identity spec). Answers and failures are cached for the settings' TTLs; concurrent
 * lookups of the same handle or DID share one request. Thread-safe.
 * <pre>{@code
 * IdentityResolver identities = new IdentityResolver(http, IdentitySettings.DEFAULT, Clock.systemUTC());
 * VerifiedIdentity alice = identities.verifiedIdentity(AtIdentifier.parse("alice.example.com"));
 * }</pre>
 */
public final class IdentityResolver {

    private final HandleResolution handleResolution;
    private final DidResolution didResolution;
    private final ExpiringCache<Handle, Did> handles;
    private final ExpiringCache<Did, DidDocument> documents;

    public IdentityResolver(GuardedHttpClient http, IdentitySettings settings, Clock clock) {
        this(http, settings, clock, HandleResolution.httpsOrigins());
    }

    /** With handles' well-known files read from {@code wellKnownOrigins} instead of https://handle: for tests only. */
    IdentityResolver(GuardedHttpClient http, IdentitySettings settings, Clock clock, Function<Handle, URI> wellKnownOrigins) {
        requireNonNull(http, "http");
        requireNonNull(settings, "settings");
        requireNonNull(clock, "clock");
        this.handleResolution = new HandleResolution(new DnsTxt(settings), new WellKnownDid(http, wellKnownOrigins));
        this.didResolution = new DidResolution(http, settings);
        this.handles = new ExpiringCache<>(clock, settings.positiveTtl(), settings.negativeTtl(), settings.cacheSize());
        this.documents = new ExpiringCache<>(clock, settings.positiveTtl(), settings.negativeTtl(), settings.cacheSize());
    }

    /** The DID the handle names, through DNS and HTTPS; not verified against the DID's document. */
    public Did resolveHandle(Handle handle) {
        return handles.get(handle, handleResolution::resolve);
    }

    /** The DID's document, from the PLC directory (did:plc) or the DID's host (did:web). */
    public DidDocument resolveDid(Did did) {
        return documents.get(did, didResolution::resolve);
    }

    /**
     * The account a handle or DID names. A handle is first resolved to its DID; either way the handle shown is the
     * one the DID document claims, if that handle resolves back to the DID, else {@link VerifiedIdentity#INVALID_HANDLE}.
     *
     * @throws IdentityException when the handle does not resolve or the DID document cannot be had
     */
    public VerifiedIdentity verifiedIdentity(AtIdentifier handleOrDid) {
        Did did = switch (handleOrDid) {
            case Did given -> given;
            case Handle handle -> resolveHandle(handle);
        };
        DidDocument document = resolveDid(did);
        Handle handle = document.claimedHandle().filter(claimed -> resolvesTo(claimed, did))
                .orElse(VerifiedIdentity.INVALID_HANDLE);
        return new VerifiedIdentity(did, document, handle);
    }

    /** Forgets the DID's document and every handle known to resolve to it: its identity changed (a #identity event). */
    public void invalidate(Did did) {
        documents.invalidate(did);
        handles.invalidateValues(did::equals);
    }

    /** Forgets what the handle resolved to, or that it did not resolve. */
    public void invalidate(Handle handle) {
        handles.invalidate(handle);
    }

    private boolean resolvesTo(Handle handle, Did did) {
        try {
            return resolveHandle(handle).equals(did);
        } catch (IdentityException e) {
            return false;
        }
    }
}
