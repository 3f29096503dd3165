package dev.plaza.core.mastodon;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.ChannelKind;
import java.time.Instant;

/**
 * A connection a team member started and the instance has not answered yet: the OAuth state that
 * comes back with the answer, and the PKCE verifier that proves Plaza asked. The store keeps the
 * state only as a hash and the verifier sealed; each is taken once.
 */
public record MastodonAuthorization(String state, long workspaceId, long memberId, String instance, ChannelKind kind,
                                    String codeVerifier, Instant expiresAt) {

    public MastodonAuthorization {
        requireNonNull(state, "state");
        requireNonNull(instance, "instance");
        requireNonNull(kind, "kind");
        requireNonNull(codeVerifier, "codeVerifier");
        requireNonNull(expiresAt, "expiresAt");
        if (kind == ChannelKind.LISTENING) {
            throw new IllegalArgumentException("a Mastodon account is the brand's own or a team member's, not a listening source");
        }
    }
}
