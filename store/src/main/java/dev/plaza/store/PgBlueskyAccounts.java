package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.bluesky.BlueskyAccount;
import dev.plaza.core.bluesky.BlueskyAccounts;
import dev.plaza.core.bluesky.BlueskyPost;
import dev.plaza.core.secrets.SecretBox;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

final class PgBlueskyAccounts implements BlueskyAccounts {

    private static final RowMapper<BlueskyAccount> ACCOUNT = (rs, ctx) -> new BlueskyAccount(rs.getLong("workspace_id"),
            rs.getString("did"), rs.getString("handle"), rs.getString("pds_url"), Rows.instant(rs, "connected_at"),
            rs.getString("connected_by"), Optional.ofNullable(rs.getString("last_error")));
    private static final RowMapper<BlueskyPost> POST = (rs, ctx) -> new BlueskyPost(rs.getLong("id"),
            rs.getLong("workspace_id"), rs.getString("did"), rs.getString("uri"), rs.getString("cid"), rs.getString("text"),
            Optional.ofNullable(rs.getString("in_reply_to")), Rows.instant(rs, "posted_at"),
            Rows.optionalInstant(rs, "deleted_at"));

    private final Jdbi jdbi;
    private final SecretBox secrets;

    PgBlueskyAccounts(Jdbi jdbi, SecretBox secrets) {
        this.jdbi = jdbi;
        this.secrets = secrets;
    }

    @Override
    public Optional<BlueskyAccount> find(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM bluesky_accounts WHERE workspace_id = :w")
                .bind("w", workspaceId).map(ACCOUNT).findOne());
    }

    @Override
    public BlueskyAccount connect(BlueskyAccount account, String appPassword) {
        return jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO bluesky_accounts (workspace_id, did, handle, pds_url, app_password_sealed, connected_at,
                                                      connected_by, last_error)
                        VALUES (:w, :did, :handle, :pds, :password, :at, :by, NULL)
                        ON CONFLICT (workspace_id) DO UPDATE SET did = excluded.did, handle = excluded.handle,
                            pds_url = excluded.pds_url, app_password_sealed = excluded.app_password_sealed,
                            connected_at = excluded.connected_at, connected_by = excluded.connected_by, last_error = NULL
                        RETURNING *""")
                .bind("w", account.workspaceId()).bind("did", account.did()).bind("handle", account.handle())
                .bind("pds", account.pdsUrl()).bind("password", secrets.seal(appPassword))
                .bind("at", Rows.timestamp(account.connectedAt())).bind("by", account.connectedBy())
                .map(ACCOUNT).one());
    }

    @Override
    public Optional<String> appPassword(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT app_password_sealed FROM bluesky_accounts WHERE workspace_id = :w")
                .bind("w", workspaceId).mapTo(byte[].class).findOne()).map(secrets::open);
    }

    @Override
    public void recordError(long workspaceId, Optional<String> error) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE bluesky_accounts SET last_error = :error WHERE workspace_id = :w")
                .bind("w", workspaceId).bind("error", error.orElse(null)).execute());
    }

    @Override
    public boolean disconnect(long workspaceId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM bluesky_accounts WHERE workspace_id = :w")
                .bind("w", workspaceId).execute()) > 0;
    }

    @Override
    public BlueskyPost recordPost(long workspaceId, String did, String uri, String cid, String text, Optional<String> inReplyTo,
            Instant at) {
        return jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO bluesky_posts (workspace_id, did, uri, cid, text, in_reply_to, posted_at)
                        VALUES (:w, :did, :uri, :cid, :text, :reply, :at) RETURNING *""")
                .bind("w", workspaceId).bind("did", did).bind("uri", uri).bind("cid", cid).bind("text", text)
                .bind("reply", inReplyTo.orElse(null)).bind("at", Rows.timestamp(at))
                .map(POST).one());
    }

    @Override
    public List<BlueskyPost> posts(long workspaceId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM bluesky_posts WHERE workspace_id = :w ORDER BY posted_at DESC, id DESC LIMIT :limit""")
                .bind("w", workspaceId).bind("limit", limit).map(POST).list());
    }

    @Override
    public Optional<BlueskyPost> post(long workspaceId, long postId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM bluesky_posts WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId).bind("id", postId).map(POST).findOne());
    }

    @Override
    public void markDeleted(long workspaceId, long postId, Instant at) {
        int marked = jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE bluesky_posts SET deleted_at = coalesce(deleted_at, :at) WHERE workspace_id = :w AND id = :id""")
                .bind("w", workspaceId).bind("id", postId).bind("at", Rows.timestamp(at)).execute());
        if (marked == 0) {
            throw new NotFoundException("Bluesky post", postId);
        }
    }
}
