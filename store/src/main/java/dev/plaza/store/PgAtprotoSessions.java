package dev.plaza.store;

import dev.plaza.core.bluesky.AtprotoSessionTokens;
import dev.plaza.core.bluesky.AtprotoSessions;
import dev.plaza.core.secrets.SecretBox;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

final class PgAtprotoSessions implements AtprotoSessions {

    private final Jdbi jdbi;
    private final SecretBox secrets;

    PgAtprotoSessions(Jdbi jdbi, SecretBox secrets) {
        this.jdbi = jdbi;
        this.secrets = secrets;
    }

    @Override
    public void save(AtprotoSessionTokens tokens) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO atproto_sessions (did, handle, service, access_jwt_sealed, refresh_jwt_sealed, updated_at)
                        VALUES (:did, :handle, :service, :access, :refresh, :at)
                        ON CONFLICT (did) DO UPDATE SET handle = excluded.handle, service = excluded.service,
                            access_jwt_sealed = excluded.access_jwt_sealed, refresh_jwt_sealed = excluded.refresh_jwt_sealed,
                            updated_at = excluded.updated_at""")
                .bind("did", tokens.did()).bind("handle", tokens.handle()).bind("service", tokens.service())
                .bind("access", secrets.seal(tokens.accessJwt())).bind("refresh", secrets.seal(tokens.refreshJwt()))
                .bind("at", Rows.timestamp(tokens.updatedAt())).execute());
    }

    @Override
    public Optional<AtprotoSessionTokens> load(String did) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM atproto_sessions WHERE did = :did").bind("did", did)
                .map((rs, ctx) -> new AtprotoSessionTokens(rs.getString("did"), rs.getString("handle"),
                        rs.getString("service"), secrets.open(rs.getBytes("access_jwt_sealed")),
                        secrets.open(rs.getBytes("refresh_jwt_sealed")), Rows.instant(rs, "updated_at")))
                .findOne());
    }

    @Override
    public void delete(String did) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM atproto_sessions WHERE did = :did").bind("did", did).execute());
    }
}
