package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * A started authorization: send the person to {@code url}; keep {@code state} (compare it with the one the
 * redirect brings back) and {@code codeVerifier} (PKCE, RFC 7636) until the code is exchanged.
 */
public record Authorization(URI url, String state, String codeVerifier) {

    public Authorization {
        requireNonNull(url, "url");
        requireNonNull(state, "state");
        requireNonNull(codeVerifier, "codeVerifier");
    }

    @Override
    public String toString() {
        return "Authorization[url=%s, state=(hidden), codeVerifier=(hidden)]".formatted(url);
    }
}
