package dev.plaza.store;

import dev.plaza.core.team.TeamSession;
import dev.plaza.core.team.TeamSessions;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

final class PgTeamSessions implements TeamSessions {

    private final Jdbi jdbi;

    PgTeamSessions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(TeamSession s) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO team_session (id_hash, member_id, csrf_token, created_at, last_seen_at)
                        VALUES (:id, :member, :csrf, :created, :seen)""")
                .bind("id", s.idHash()).bind("member", s.memberId()).bind("csrf", s.csrfToken())
                .bind("created", Rows.timestamp(s.createdAt())).bind("seen", Rows.timestamp(s.lastSeen()))
                .execute());
    }

    @Override
    public Optional<TeamSession> find(String idHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM team_session WHERE id_hash = :id")
                .bind("id", idHash)
                .map((rs, ctx) -> new TeamSession(rs.getString("id_hash"), rs.getLong("member_id"),
                        rs.getString("csrf_token"), Rows.instant(rs, "created_at"), Rows.instant(rs, "last_seen_at")))
                .findOne());
    }

    @Override
    public void touch(String idHash, Instant lastSeen) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE team_session SET last_seen_at = greatest(last_seen_at, :seen) WHERE id_hash = :id")
                .bind("seen", Rows.timestamp(lastSeen)).bind("id", idHash).execute());
    }

    @Override
    public void delete(String idHash) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM team_session WHERE id_hash = :id").bind("id", idHash).execute());
    }

    @Override
    public void deleteOfMember(long memberId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM team_session WHERE member_id = :m").bind("m", memberId).execute());
    }

    @Override
    public int deleteExpired(Instant idleBefore, Instant createdBefore) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "DELETE FROM team_session WHERE last_seen_at < :idle OR created_at < :created")
                .bind("idle", Rows.timestamp(idleBefore)).bind("created", Rows.timestamp(createdBefore)).execute());
    }
}
