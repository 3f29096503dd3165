package dev.plaza.atproto.moving;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.bsky.HandleToDid;
import dev.plaza.atproto.identity.DidDocument;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import java.net.URI;
import java.util.Optional;

/**
 * After a move: the account's DID document, read afresh, names the new PDS, and its handle holds in
 * both directions (the document claims it, and it resolves back to the DID).
 */
public final class IdentityCheck {

    private final IdentityResolver identities;
    private final HandleToDid handles;

    /** @param handles how handles resolve: DNS and HTTPS in production ({@code IdentityResolver::resolveHandle}) */
    public IdentityCheck(IdentityResolver identities, HandleToDid handles) {
        this.identities = requireNonNull(identities, "identities");
        this.handles = requireNonNull(handles, "handles");
    }

    /** The DID document as it is now; fails, saying what differs, unless it names {@code pds} and {@code handle} both ways. */
    public DidDocument verify(Did did, URI pds, Handle handle) {
        identities.invalidate(did);
        identities.invalidate(handle);
        DidDocument document = identities.resolveDid(did);
        if (!document.pds().map(IdentityCheck::withoutTrailingSlash).equals(Optional.of(withoutTrailingSlash(pds)))) {
            throw new AtprotoException("the DID document of %s names the PDS %s, not %s".formatted(did,
                    document.pds().map(URI::toString).orElse("(none)"), pds));
        }
        if (!document.claimedHandle().equals(Optional.of(handle))) {
            throw new AtprotoException("the DID document of %s claims the handle %s, not %s".formatted(did,
                    document.claimedHandle().map(Handle::value).orElse("(none)"), handle));
        }
        Optional<Did> resolved = handles.resolve(handle);
        if (!resolved.equals(Optional.of(did))) {
            throw new AtprotoException("the handle %s resolves to %s, not %s".formatted(handle,
                    resolved.map(Did::value).orElse("no account"), did));
        }
        return document;
    }

    private static String withoutTrailingSlash(URI service) {
        String text = service.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
