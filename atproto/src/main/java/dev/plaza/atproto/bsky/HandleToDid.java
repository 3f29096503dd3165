package dev.plaza.atproto.bsky;

import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.xrpc.XrpcSession;
import java.util.Optional;

/** Finds the account behind a handle, for a mention; empty when no account has that handle. */
@FunctionalInterface
public interface HandleToDid {

    Optional<Did> resolve(Handle handle);

    /** Asks the account's own PDS (com.atproto.identity.resolveHandle). */
    static HandleToDid viaPds(XrpcSession session) {
        return new PdsHandleToDid(session);
    }
}
