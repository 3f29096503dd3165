package dev.plaza.channels.mastodon;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.ingest.IdentityKey;

/** One row of Mastodon's lists.csv: an account the brand put on one of its lists. */
public record ListMembership(String list, IdentityKey account) {

    public ListMembership {
        requireNonNull(list, "list");
        requireNonNull(account, "account");
    }
}
