package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.ingest.SeenIdentity;

/** The brand's (or a team member's) account Plaza reads and replies through, on its instance. */
public record ConnectedAccount(Instance instance, MastodonAccount account) {

    public ConnectedAccount {
        requireNonNull(instance, "instance");
        requireNonNull(account, "account");
    }

    /** As the archive import knows the same account: its actor URI, {@code @user@host}, the same person hint. */
    public SeenIdentity identity() {
        return Identities.of(account, instance);
    }
}
