package dev.plaza.store;

import dev.plaza.core.PlazaException;
import dev.plaza.core.bluesky.BlueskyMove;
import dev.plaza.core.bluesky.BlueskyMoveSecrets;
import dev.plaza.core.bluesky.BlueskyMoves;
import dev.plaza.core.secrets.SecretBox;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

final class PgBlueskyMoves implements BlueskyMoves {

    private static final RowMapper<BlueskyMove> MOVE = (rs, ctx) -> new BlueskyMove(rs.getLong("workspace_id"),
            rs.getString("did"), rs.getString("old_pds_url"), rs.getString("new_pds_url"), rs.getString("new_handle"),
            rs.getString("email"), rs.getString("state"), Rows.instant(rs, "started_at"), rs.getString("started_by"),
            Rows.instant(rs, "updated_at"), Rows.optionalInstant(rs, "completed_at"),
            Optional.ofNullable(rs.getString("last_error")));

    private final Jdbi jdbi;
    private final SecretBox secrets;

    PgBlueskyMoves(Jdbi jdbi, SecretBox secrets) {
        this.jdbi = jdbi;
        this.secrets = secrets;
    }

    @Override
    public Optional<BlueskyMove> find(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM bluesky_moves WHERE workspace_id = :w")
                .bind("w", workspaceId).map(MOVE).findOne());
    }

    @Override
    public BlueskyMove start(BlueskyMove move, BlueskyMoveSecrets moveSecrets) {
        return jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO bluesky_moves (workspace_id, did, old_pds_url, new_pds_url, new_handle, email, state,
                            account_password_sealed, new_password_sealed, invite_code_sealed, started_at, started_by,
                            updated_at, completed_at, last_error)
                        VALUES (:w, :did, :old, :new, :handle, :email, :state, :password, :newPassword, :invite, :at, :by,
                            :at, NULL, NULL)
                        ON CONFLICT (workspace_id) DO UPDATE SET did = excluded.did, old_pds_url = excluded.old_pds_url,
                            new_pds_url = excluded.new_pds_url, new_handle = excluded.new_handle, email = excluded.email,
                            state = excluded.state, account_password_sealed = excluded.account_password_sealed,
                            new_password_sealed = excluded.new_password_sealed, invite_code_sealed = excluded.invite_code_sealed,
                            started_at = excluded.started_at, started_by = excluded.started_by,
                            updated_at = excluded.updated_at, completed_at = NULL, last_error = NULL
                        WHERE bluesky_moves.completed_at IS NOT NULL
                        RETURNING *""")
                .bind("w", move.workspaceId()).bind("did", move.did()).bind("old", move.oldPdsUrl())
                .bind("new", move.newPdsUrl()).bind("handle", move.newHandle()).bind("email", move.email())
                .bind("state", move.state()).bind("password", secrets.seal(moveSecrets.accountPassword()))
                .bind("newPassword", secrets.seal(moveSecrets.newPassword()))
                .bind("invite", moveSecrets.inviteCode().map(secrets::seal).orElse(null))
                .bind("at", Rows.timestamp(move.startedAt())).bind("by", move.startedBy())
                .map(MOVE).findOne())
                .orElseThrow(() -> new PlazaException(("A move of this workspace's Bluesky account is already under way;"
                        + " let it finish or cancel it under Settings → Bluesky → Move first.")));
    }

    @Override
    public Optional<BlueskyMoveSecrets> secrets(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT account_password_sealed, new_password_sealed, invite_code_sealed FROM bluesky_moves
                        WHERE workspace_id = :w AND completed_at IS NULL""")
                .bind("w", workspaceId)
                .map((rs, ctx) -> new BlueskyMoveSecrets(secrets.open(rs.getBytes("account_password_sealed")),
                        secrets.open(rs.getBytes("new_password_sealed")),
                        Optional.ofNullable(rs.getBytes("invite_code_sealed")).map(secrets::open)))
                .findOne());
    }

    @Override
    public boolean saveState(long workspaceId, String state, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE bluesky_moves SET state = :state, updated_at = :at
                        WHERE workspace_id = :w AND completed_at IS NULL""")
                .bind("w", workspaceId).bind("state", state).bind("at", Rows.timestamp(at)).execute()) > 0;
    }

    @Override
    public void recordError(long workspaceId, Optional<String> error, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE bluesky_moves SET last_error = :error, updated_at = :at WHERE workspace_id = :w")
                .bind("w", workspaceId).bind("error", error.orElse(null)).bind("at", Rows.timestamp(at)).execute());
    }

    @Override
    public void complete(long workspaceId, String state, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE bluesky_moves SET state = :state, updated_at = :at, completed_at = :at, last_error = NULL,
                            account_password_sealed = NULL, new_password_sealed = NULL, invite_code_sealed = NULL
                        WHERE workspace_id = :w""")
                .bind("w", workspaceId).bind("state", state).bind("at", Rows.timestamp(at)).execute());
    }

    @Override
    public boolean cancel(long workspaceId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM bluesky_moves WHERE workspace_id = :w")
                .bind("w", workspaceId).execute()) > 0;
    }

    @Override
    public List<BlueskyMove> unfinished() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM bluesky_moves WHERE completed_at IS NULL ORDER BY started_at")
                .map(MOVE).list());
    }
}
