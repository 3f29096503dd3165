package dev.plaza.federation.peer;

import java.util.Optional;

/**
 * What {@code @misskey-dev/node-http-message-signatures} made of one request.
 *
 * @param verified the signature checks out against the given public key
 * @param dialect  "draft-cavage", "rfc9421", or empty when the request carries no signature
 * @param digestOk Digest / Content-Digest matches the body (true for a GET that carries neither)
 * @param error    why something was refused, in the library's words
 */
public record MisskeyVerdict(boolean verified, Optional<String> dialect, boolean digestOk, Optional<String> error) {

    /** What a receiving server does with it: both the signature and the body's digest must hold. */
    public boolean accepted() {
        return verified && digestOk;
    }
}
