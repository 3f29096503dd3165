package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An account as the API describes it (Mastodon docs, "Account" entity). {@code acct} is {@code user} for an
 * account of the answering instance and {@code user@host} for others; {@code uri} is the ActivityPub actor
 * (Mastodon 4.2 and later send it), {@code url} the profile page.
 */
public record MastodonAccount(String id, String username, String acct, String displayName, Optional<String> url,
                              Optional<String> uri) {

    public MastodonAccount {
        MastodonIds.check(id, "the account id");
        requireNonNull(username, "username");
        requireNonNull(acct, "acct");
        requireNonNull(displayName, "displayName");
        requireNonNull(url, "url");
        requireNonNull(uri, "uri");
    }

    /** The full address, {@code user@host}: a local account's acct gets the host of the instance that answered. */
    public String address(Instance answering) {
        return acct.contains("@") ? acct : acct + "@" + answering.host();
    }
}
