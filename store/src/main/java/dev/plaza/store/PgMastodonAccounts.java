package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.mastodon.MastodonAccount;
import dev.plaza.core.mastodon.MastodonAccounts;
import dev.plaza.core.mastodon.MastodonApp;
import dev.plaza.core.mastodon.MastodonAuthorization;
import dev.plaza.core.secrets.SecretBox;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

final class PgMastodonAccounts implements MastodonAccounts {

    private static final String STATE_HASH = "encode(sha256(convert_to(:state, 'UTF8')), 'hex')";
    private static final RowMapper<MastodonApp> APP = (rs, ctx) -> new MastodonApp(rs.getString("instance"),
            rs.getString("redirect_uri"), rs.getString("client_id"), rs.getString("scopes"), Rows.instant(rs, "registered_at"));
    private static final RowMapper<MastodonAccount> ACCOUNT = (rs, ctx) -> new MastodonAccount(rs.getLong("channel_id"),
            rs.getLong("workspace_id"), rs.getString("instance"), rs.getString("account_id"), rs.getString("acct"),
            rs.getString("actor_uri"), Rows.instant(rs, "connected_at"), Optional.ofNullable(rs.getString("last_error")),
            Optional.ofNullable((Long) rs.getObject("connected_by")));

    private final Jdbi jdbi;
    private final SecretBox secrets;

    PgMastodonAccounts(Jdbi jdbi, SecretBox secrets) {
        this.jdbi = jdbi;
        this.secrets = secrets;
    }

    @Override
    public Optional<MastodonApp> app(String instance, String redirectUri) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM mastodon_app WHERE instance = :i AND redirect_uri = :r")
                .bind("i", instance).bind("r", redirectUri).map(APP).findOne());
    }

    @Override
    public Optional<String> appSecret(String instance, String redirectUri) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT client_secret FROM mastodon_app WHERE instance = :i AND redirect_uri = :r")
                .bind("i", instance).bind("r", redirectUri).mapTo(byte[].class).findOne()).map(secrets::open);
    }

    @Override
    public MastodonApp saveApp(MastodonApp app, String clientSecret) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO mastodon_app (instance, redirect_uri, client_id, client_secret, scopes, registered_at)
                            VALUES (:i, :r, :id, :secret, :scopes, :at) ON CONFLICT DO NOTHING""")
                    .bind("i", app.instance()).bind("r", app.redirectUri()).bind("id", app.clientId())
                    .bind("secret", secrets.seal(clientSecret)).bind("scopes", app.scopes())
                    .bind("at", Rows.timestamp(app.registeredAt())).execute();
            return h.createQuery("SELECT * FROM mastodon_app WHERE instance = :i AND redirect_uri = :r")
                    .bind("i", app.instance()).bind("r", app.redirectUri()).map(APP).one();
        });
    }

    @Override
    public void beginAuthorization(MastodonAuthorization authorization) {
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM mastodon_authorization WHERE expires_at < now()").execute();
            h.createUpdate("INSERT INTO mastodon_authorization (state_hash, workspace_id, member_id, instance, kind, code_verifier,"
                            + " expires_at) VALUES (" + STATE_HASH + ", :w, :member, :i, :kind, :verifier, :expires)")
                    .bind("state", authorization.state()).bind("w", authorization.workspaceId())
                    .bind("member", authorization.memberId()).bind("i", authorization.instance())
                    .bind("kind", authorization.kind().name().toLowerCase(Locale.ROOT))
                    .bind("verifier", secrets.seal(authorization.codeVerifier()))
                    .bind("expires", Rows.timestamp(authorization.expiresAt())).execute();
        });
    }

    @Override
    public Optional<MastodonAuthorization> takeAuthorization(String state) {
        return jdbi.withHandle(h -> h.createQuery("DELETE FROM mastodon_authorization WHERE state_hash = " + STATE_HASH
                        + " RETURNING *, expires_at > now() AS fresh")
                .bind("state", state)
                .map((rs, ctx) -> rs.getBoolean("fresh") ? Optional.of(new MastodonAuthorization(state, rs.getLong("workspace_id"),
                        rs.getLong("member_id"), rs.getString("instance"),
                        ChannelKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                        secrets.open(rs.getBytes("code_verifier")), Rows.instant(rs, "expires_at")))
                        : Optional.<MastodonAuthorization>empty())
                .findOne().flatMap(found -> found));
    }

    @Override
    public MastodonAccount connect(long workspaceId, ChannelKind kind, MastodonAccount account, String accessToken) {
        return jdbi.inTransaction(h -> {
            long channelId = h.createQuery("""
                            INSERT INTO channel (workspace_id, platform, handle, kind) VALUES (:w, :platform, :handle, :kind)
                            ON CONFLICT (workspace_id, platform, handle) DO UPDATE SET kind = excluded.kind
                            RETURNING id""")
                    .bind("w", workspaceId).bind("platform", Platform.FEDIVERSE.key()).bind("handle", account.handle())
                    .bind("kind", kind.name().toLowerCase(Locale.ROOT)).mapTo(Long.class).one();
            return h.createQuery("""
                            INSERT INTO mastodon_account (channel_id, workspace_id, instance, account_id, acct, actor_uri,
                                                          access_token, connected_at, connected_by, last_error)
                            VALUES (:channel, :w, :instance, :account, :acct, :actor, :token, :at, :by, NULL)
                            ON CONFLICT (channel_id) DO UPDATE SET instance = excluded.instance,
                                account_id = excluded.account_id, acct = excluded.acct, actor_uri = excluded.actor_uri,
                                access_token = excluded.access_token, connected_at = excluded.connected_at,
                                connected_by = excluded.connected_by, last_error = NULL
                            RETURNING *""")
                    .bind("channel", channelId).bind("w", workspaceId).bind("instance", account.instance())
                    .bind("account", account.accountId()).bind("acct", account.acct()).bind("actor", account.actorUri())
                    .bind("token", secrets.seal(accessToken)).bind("at", Rows.timestamp(account.connectedAt()))
                    .bind("by", account.connectedBy().orElse(null))
                    .map(ACCOUNT).one();
        });
    }

    @Override
    public List<MastodonAccount> list(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM mastodon_account WHERE workspace_id = :w ORDER BY acct")
                .bind("w", workspaceId).map(ACCOUNT).list());
    }

    @Override
    public List<MastodonAccount> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM mastodon_account ORDER BY workspace_id, acct")
                .map(ACCOUNT).list());
    }

    @Override
    public Optional<MastodonAccount> find(long workspaceId, long channelId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM mastodon_account WHERE workspace_id = :w AND channel_id = :c")
                .bind("w", workspaceId).bind("c", channelId).map(ACCOUNT).findOne());
    }

    @Override
    public Optional<String> accessToken(long workspaceId, long channelId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT access_token FROM mastodon_account WHERE workspace_id = :w AND channel_id = :c")
                .bind("w", workspaceId).bind("c", channelId).mapTo(byte[].class).findOne()).map(secrets::open);
    }

    @Override
    public void recordError(long workspaceId, long channelId, Optional<String> error) {
        int updated = jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE mastodon_account SET last_error = :error WHERE workspace_id = :w AND channel_id = :c")
                .bind("w", workspaceId).bind("c", channelId).bind("error", error.orElse(null)).execute());
        if (updated == 0) {
            throw new NotFoundException("Mastodon account of channel", channelId);
        }
    }
}
