package dev.plaza.atproto.xrpc;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.syntax.Did;
import java.net.URI;

/**
 * An account's tokens as a {@link SessionStore} keeps them: the access and refresh tokens its PDS
 * issued and the PDS that issued them. Both tokens are secrets; {@link #toString()} shows neither.
 *
 * @param handle the handle the PDS reported at the last login or refresh ("handle.invalid" when it has none)
 */
public record StoredSession(Did did, String handle, URI service, Jwt accessJwt, Jwt refreshJwt) {

    public StoredSession {
        requireNonNull(did, "did");
        requireNonNull(handle, "handle");
        requireNonNull(service, "service");
        requireNonNull(accessJwt, "accessJwt");
        requireNonNull(refreshJwt, "refreshJwt");
    }
}
