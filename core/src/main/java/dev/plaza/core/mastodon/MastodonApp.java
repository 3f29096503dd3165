package dev.plaza.core.mastodon;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The OAuth application Plaza registered on one Mastodon-compatible instance for one redirect URI:
 * registered once, at run time, and used for every account connected from that instance. Its client
 * secret is kept sealed by the store and is never part of this record.
 *
 * @param instance the instance's base URI, e.g. {@code https://mastodon.social}
 */
public record MastodonApp(String instance, String redirectUri, String clientId, String scopes, Instant registeredAt) {

    public MastodonApp {
        requireNonNull(instance, "instance");
        requireNonNull(redirectUri, "redirectUri");
        requireNonNull(clientId, "clientId");
        requireNonNull(scopes, "scopes");
        requireNonNull(registeredAt, "registeredAt");
        if (clientId.isBlank()) {
            throw new IllegalArgumentException("the app registered on %s came back without a client id".formatted(instance));
        }
    }
}
