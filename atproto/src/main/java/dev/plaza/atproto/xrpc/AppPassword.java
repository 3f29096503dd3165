package dev.plaza.atproto.xrpc;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.syntax.AtIdentifier;

/**
 * What a brand gives Plaza to act as its account: its handle or DID and an app password (made in the
 * Bluesky app's settings, revocable there without touching the account's own password).
 */
public record AppPassword(AtIdentifier identifier, Secret password) {

    public AppPassword {
        requireNonNull(identifier, "identifier");
        requireNonNull(password, "password");
    }

    public static AppPassword of(String identifier, String password) {
        return new AppPassword(AtIdentifier.parse(identifier), Secret.of(password));
    }
}
