package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.team.Role;
import dev.plaza.core.team.Team;
import dev.plaza.core.team.TeamMember;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

final class PgTeam implements Team {

    private final Jdbi jdbi;
    private final PasswordHasher hasher = new PasswordHasher();
    private final String decoyHash;

    PgTeam(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.decoyHash = hasher.decoy();
    }

    @Override
    public TeamMember add(long workspaceId, String email, String displayName, Role role, char[] password) {
        String normalized = email.strip();
        if (!normalized.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("'%s' is not an email address".formatted(email));
        }
        if (findByEmail(normalized).isPresent()) {
            throw new IllegalArgumentException("a team member with email %s already exists".formatted(normalized));
        }
        String hash = hasher.hash(password);
        return jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO team_member (workspace_id, email, display_name, role, password_hash)
                        VALUES (:w, :email, :name, :role, :hash) RETURNING *""")
                .bind("w", workspaceId).bind("email", normalized)
                .bind("name", displayName.isBlank() ? normalized : displayName.strip())
                .bind("role", role.key()).bind("hash", hash)
                .map(Rows.TEAM_MEMBER).one());
    }

    @Override
    public Optional<TeamMember> find(long memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM team_member WHERE id = :id")
                .bind("id", memberId).map(Rows.TEAM_MEMBER).findOne());
    }

    @Override
    public Optional<TeamMember> findByEmail(String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM team_member WHERE lower(email) = lower(:email)")
                .bind("email", email.strip()).map(Rows.TEAM_MEMBER).findOne());
    }

    @Override
    public List<TeamMember> list(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM team_member WHERE workspace_id = :w ORDER BY id")
                .bind("w", workspaceId).map(Rows.TEAM_MEMBER).list());
    }

    @Override
    public Optional<TeamMember> authenticate(String email, char[] password) {
        Optional<String> hash = jdbi.withHandle(h -> h.createQuery(
                        "SELECT password_hash FROM team_member WHERE lower(email) = lower(:email)")
                .bind("email", email.strip()).mapTo(String.class).findOne());
        boolean matches = hasher.verify(password, hash.orElse(decoyHash));
        return matches && hash.isPresent() ? findByEmail(email) : Optional.empty();
    }

    @Override
    public TeamMember changeRole(long workspaceId, long memberId, Role role) {
        return jdbi.inTransaction(h -> {
            TeamMember member = h.createQuery("SELECT * FROM team_member WHERE workspace_id = :w AND id = :id FOR UPDATE")
                    .bind("w", workspaceId).bind("id", memberId).map(Rows.TEAM_MEMBER).findOne()
                    .orElseThrow(() -> new NotFoundException("team member", memberId));
            if (member.role() == Role.OWNER && role != Role.OWNER) {
                requireAnotherOwner(h, workspaceId, memberId);
            }
            return h.createQuery("UPDATE team_member SET role = :role WHERE id = :id RETURNING *")
                    .bind("role", role.key()).bind("id", memberId).map(Rows.TEAM_MEMBER).one();
        });
    }

    @Override
    public void setPassword(long memberId, char[] password) {
        String hash = hasher.hash(password);
        int updated = jdbi.withHandle(h -> h.createUpdate("UPDATE team_member SET password_hash = :hash WHERE id = :id")
                .bind("hash", hash).bind("id", memberId).execute());
        if (updated == 0) {
            throw new NotFoundException("team member", memberId);
        }
    }

    @Override
    public void remove(long workspaceId, long memberId) {
        jdbi.useTransaction(h -> {
            TeamMember member = h.createQuery("SELECT * FROM team_member WHERE workspace_id = :w AND id = :id FOR UPDATE")
                    .bind("w", workspaceId).bind("id", memberId).map(Rows.TEAM_MEMBER).findOne()
                    .orElseThrow(() -> new NotFoundException("team member", memberId));
            if (member.role() == Role.OWNER) {
                requireAnotherOwner(h, workspaceId, memberId);
            }
            h.createUpdate("DELETE FROM team_member WHERE id = :id").bind("id", memberId).execute();
        });
    }

    private static void requireAnotherOwner(org.jdbi.v3.core.Handle h, long workspaceId, long memberId) {
        long otherOwners = h.createQuery(
                        "SELECT count(*) FROM team_member WHERE workspace_id = :w AND role = 'owner' AND id <> :id")
                .bind("w", workspaceId).bind("id", memberId).mapTo(Long.class).one();
        if (otherOwners == 0) {
            throw new IllegalArgumentException("a workspace needs at least one owner; make someone else owner first");
        }
    }
}
