package dev.plaza.store;

import dev.plaza.core.community.Communities;
import dev.plaza.core.community.Community;
import dev.plaza.core.community.CommunitySummary;
import dev.plaza.core.community.DomainBlock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

final class PgCommunities implements Communities {

    static final RowMapper<DomainBlock> DOMAIN_BLOCK = (rs, ctx) -> new DomainBlock(rs.getString("domain"),
            rs.getString("reason"), Rows.instant(rs, "created_at"));

    private final Jdbi jdbi;
    private final ReadCache<Long, List<DomainBlock>> domainBlocks;

    PgCommunities(Jdbi jdbi, ReadCache<Long, List<DomainBlock>> domainBlocks) {
        this.jdbi = jdbi;
        this.domainBlocks = domainBlocks;
    }

    @Override
    public List<CommunitySummary> list(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT c.*, coalesce(s.activities, 0) AS activities, coalesce(s.people, 0) AS people, s.last_at
                        FROM community c
                        LEFT JOIN LATERAL (
                            SELECT sum(m.activities) AS activities, count(DISTINCT i.person_id) AS people, max(m.last_at) AS last_at
                            FROM community_member m JOIN identity i ON i.id = m.identity_id
                            WHERE m.community_id = c.id) s ON true
                        WHERE c.workspace_id = :w
                        ORDER BY activities DESC, c.name""")
                .bind("w", workspaceId)
                .map((rs, ctx) -> new CommunitySummary(Rows.COMMUNITY.map(rs, ctx), rs.getLong("activities"),
                        rs.getLong("people"), Rows.optionalInstant(rs, "last_at")))
                .list());
    }

    @Override
    public List<DomainBlock> blockedDomains(long workspaceId) {
        return domainBlocks.get(workspaceId, w -> jdbi.withHandle(h -> h.createQuery(
                        "SELECT domain, reason, created_at FROM domain_block WHERE workspace_id = :w ORDER BY domain")
                .bind("w", w).map(DOMAIN_BLOCK).list()));
    }

    @Override
    public Optional<Community> find(long workspaceId, long communityId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM community WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId).bind("id", communityId).map(Rows.COMMUNITY).findOne());
    }
}
