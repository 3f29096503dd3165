package dev.plaza.atproto.bsky;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.xrpc.XrpcException;
import dev.plaza.atproto.xrpc.XrpcSession;
import java.util.Map;
import java.util.Optional;

/** Resolves handles with com.atproto.identity.resolveHandle on the session's PDS. */
final class PdsHandleToDid implements HandleToDid {

    private static final String RESOLVE_HANDLE = "com.atproto.identity.resolveHandle";

    private final XrpcSession session;

    PdsHandleToDid(XrpcSession session) {
        this.session = session;
    }

    @Override
    public Optional<Did> resolve(Handle handle) {
        JsonNode output;
        try {
            output = session.query(RESOLVE_HANDLE, Map.of("handle", handle.value()));
        } catch (XrpcException e) {
            // the PDS answers 400 (HandleNotFound, or no name) for a handle it cannot resolve
            if (e.status() == 400) {
                return Optional.empty();
            }
            throw e;
        }
        String did = output.path("did").asText("");
        if (!Did.isValid(did)) {
            throw new AtprotoException("%s answered \"%s\" for %s, which is not a DID".formatted(RESOLVE_HANDLE, did, handle));
        }
        return Optional.of(Did.parse(did));
    }
}
