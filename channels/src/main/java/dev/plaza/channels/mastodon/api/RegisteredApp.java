package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * Plaza's OAuth application on one instance (Mastodon docs, "POST /api/v1/apps"): registered once per
 * instance and redirect URI, kept, and used for every account of that instance Plaza connects.
 */
public record RegisteredApp(URI instance, String clientId, String clientSecret, URI redirectUri, Scopes scopes) {

    public RegisteredApp {
        requireNonNull(instance, "instance");
        requireNonNull(clientId, "clientId");
        requireNonNull(clientSecret, "clientSecret");
        requireNonNull(redirectUri, "redirectUri");
        requireNonNull(scopes, "scopes");
        if (clientId.isBlank() || clientSecret.isBlank()) {
            throw new IllegalArgumentException("a registered app needs its client id and secret");
        }
    }

    @Override
    public String toString() {
        return "RegisteredApp[instance=%s, clientId=%s, clientSecret=(hidden), redirectUri=%s, scopes=%s]"
                .formatted(instance, clientId, redirectUri, scopes);
    }
}
