package dev.plaza.core.mastodon;

import dev.plaza.core.community.ChannelKind;
import java.util.List;
import java.util.Optional;

/**
 * The OAuth apps Plaza registered on Mastodon-compatible instances, the connections team members
 * started, and the accounts they connected. Secrets (client secrets, PKCE verifiers, access tokens)
 * are sealed at rest and come out only through the methods named for them.
 */
public interface MastodonAccounts {

    Optional<MastodonApp> app(String instance, String redirectUri);

    Optional<String> appSecret(String instance, String redirectUri);

    /**
     * Keeps a newly registered app, unless another was kept for the same instance and redirect URI
     * meanwhile: then that one is kept and returned, so every account of an instance shares one app.
     */
    MastodonApp saveApp(MastodonApp app, String clientSecret);

    void beginAuthorization(MastodonAuthorization authorization);

    /** The authorization with this state, removed so it cannot be used again; empty when unknown or expired. */
    Optional<MastodonAuthorization> takeAuthorization(String state);

    /**
     * Adds the account as a channel of the workspace (or updates the one it already is) with its
     * access token, in one transaction.
     */
    MastodonAccount connect(long workspaceId, ChannelKind kind, MastodonAccount account, String accessToken);

    List<MastodonAccount> list(long workspaceId);

    /** Every connected account of every workspace, for the listeners. */
    List<MastodonAccount> all();

    Optional<MastodonAccount> find(long workspaceId, long channelId);

    Optional<String> accessToken(long workspaceId, long channelId);

    /** Remembers what went wrong acting as the account, or clears it (empty) after a success. */
    void recordError(long workspaceId, long channelId, Optional<String> error);
}
