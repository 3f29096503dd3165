package dev.plaza.core.mastodon;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * An account on a Mastodon-compatible instance that a workspace connected: the brand's account there
 * or a team member's own. It is a channel (platform fediverse, handle {@code @acct}); its access
 * token stays sealed in the store.
 *
 * @param instance  the instance's base URI, which Plaza calls
 * @param accountId the account's id on that instance
 * @param acct      {@code user@domain}
 * @param actorUri  the account's ActivityPub actor, the stable id of its identity
 * @param connectedBy the team member who connected it
 */
public record MastodonAccount(long channelId, long workspaceId, String instance, String accountId, String acct,
                              String actorUri, Instant connectedAt, Optional<String> lastError, Optional<Long> connectedBy) {

    /** An account whose connecting member is not known (or not kept). */
    public MastodonAccount(long channelId, long workspaceId, String instance, String accountId, String acct, String actorUri,
                           Instant connectedAt, Optional<String> lastError) {
        this(channelId, workspaceId, instance, accountId, acct, actorUri, connectedAt, lastError, Optional.empty());
    }

    public MastodonAccount {
        requireNonNull(instance, "instance");
        requireNonNull(accountId, "accountId");
        requireNonNull(acct, "acct");
        requireNonNull(actorUri, "actorUri");
        requireNonNull(connectedAt, "connectedAt");
        requireNonNull(lastError, "lastError");
        requireNonNull(connectedBy, "connectedBy");
        if (!acct.contains("@")) {
            throw new IllegalArgumentException("a connected account is named user@domain, not '%s'".formatted(acct));
        }
    }

    /** The channel handle: {@code @user@domain}. */
    public String handle() {
        return "@" + acct;
    }
}
