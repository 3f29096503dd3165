package dev.plaza.web.federation;

import dev.plaza.core.Store;
import dev.plaza.core.community.DomainBlock;
import dev.plaza.federation.inbox.Origins;
import dev.plaza.federation.signatures.SignatureRejectedException;
import dev.plaza.federation.signatures.SignatureVerifier;
import dev.plaza.net.SignableRequest;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.List;
import java.util.Optional;

/**
 * Who is asking for a post or collection: the actor whose key signed the GET. A signature that does
 * not verify is refused (401), as is an unsigned request when signed fetches are required; a signer on
 * a server the workspace blocks, or an account it blocks, is refused (403).
 */
final class SignedFetch {

    private final SignatureVerifier verifier;
    private final Store store;
    private final String scheme;
    private final boolean required;

    SignedFetch(SignatureVerifier verifier, Store store, String scheme, boolean required) {
        this.verifier = verifier;
        this.store = store;
        this.scheme = scheme;
        this.required = required;
    }

    /** The signer's actor URI; empty for an unsigned request where signatures are optional. */
    Optional<String> signer(Context ctx, long workspaceId) {
        boolean signed = ctx.header("Signature") != null || ctx.header("Signature-Input") != null;
        if (!signed) {
            if (required) {
                throw new UnauthorizedResponse("this server serves posts and collections to signed requests only "
                        + "(authorized fetch); sign the GET with your actor's key");
            }
            return Optional.empty();
        }
        String owner;
        try {
            owner = verifier.verify(SignableRequest.get(SignedRequests.target(ctx.req(), scheme),
                    SignedRequests.headers(ctx.req()))).owner().toString();
        } catch (SignatureRejectedException e) {
            throw new UnauthorizedResponse("signature refused (%s): %s".formatted(e.reason(), e.getMessage()));
        }
        String host = Origins.host(owner).orElse("");
        if (Origins.blocked(host, store.communities().blockedDomains(workspaceId).stream().map(DomainBlock::domain).toList())) {
            throw new ForbiddenResponse("%s is on a server this Plaza blocks".formatted(owner));
        }
        if (!store.blocks().blockedActors(workspaceId, List.of(owner)).isEmpty()) {
            throw new ForbiddenResponse("%s is an account this Plaza blocks".formatted(owner));
        }
        return Optional.of(owner);
    }
}
