package dev.plaza.store;

import dev.plaza.core.leaders.Interaction;
import dev.plaza.core.leaders.Leader;
import dev.plaza.core.leaders.Leaders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Leaders on PostgreSQL (V25). The interactions are read in one pass over the workspace's replies,
 * mentions and boosts — a periodic job's read, never a page's; the pages read the stored ranking.
 */
final class PgLeaders implements Leaders {

    private final Jdbi jdbi;

    PgLeaders(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Interaction> interactions(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT fi.person_id AS from_person, ti.person_id AS to_person, x.community_id, x.kind, count(*) AS n
                        FROM (
                            SELECT c.author_identity_id AS from_identity, p.author_identity_id AS to_identity, c.community_id,
                                   'REPLY' AS kind
                            FROM activity c JOIN activity p ON p.workspace_id = c.workspace_id AND p.uri = c.in_reply_to_uri
                            WHERE c.workspace_id = :w AND c.in_reply_to_uri IS NOT NULL AND c.deleted_at IS NULL
                              AND NOT %1$s AND NOT %2$s
                            UNION ALL
                            SELECT a.author_identity_id, m.identity_id, a.community_id, 'MENTION'
                            FROM activity a JOIN activity_mention m ON m.activity_id = a.id
                            WHERE a.workspace_id = :w AND a.deleted_at IS NULL AND NOT %3$s
                            UNION ALL
                            SELECT b.author_identity_id, t.author_identity_id, b.community_id, 'BOOST'
                            FROM activity b JOIN activity t ON t.workspace_id = b.workspace_id AND t.uri = b.target_uri
                            WHERE b.workspace_id = :w AND b.kind = 'repost' AND NOT %4$s AND NOT %5$s
                        ) x
                        JOIN identity fi ON fi.id = x.from_identity JOIN identity ti ON ti.id = x.to_identity
                        WHERE fi.person_id <> ti.person_id
                          -- a person with one of the brand's accounts is the brand on every platform linked to it
                          AND NOT EXISTS (SELECT 1 FROM identity bi WHERE bi.person_id IN (fi.person_id, ti.person_id) AND %6$s)
                        GROUP BY fi.person_id, ti.person_id, x.community_id, x.kind"""
                        .formatted(UnansweredQuestions.brand("c"), UnansweredQuestions.brand("p"), UnansweredQuestions.brand("a"),
                                UnansweredQuestions.brand("b"), UnansweredQuestions.brand("t"),
                                UnansweredQuestions.brandIdentity("bi")))
                .bind("w", workspaceId)
                .map((rs, ctx) -> {
                    long community = rs.getLong("community_id");
                    Optional<Long> scope = rs.wasNull() ? Optional.empty() : Optional.of(community);
                    return new Interaction(rs.getLong("from_person"), rs.getLong("to_person"), scope,
                            Interaction.Kind.valueOf(rs.getString("kind")), rs.getLong("n"));
                })
                .list());
    }

    @Override
    public void replaceAll(long workspaceId, Map<Optional<Long>, List<Leader>> leaders, Instant rankedAt) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM leader WHERE workspace_id = :w").bind("w", workspaceId).execute();
            List<Long> scopes = new ArrayList<>();
            List<Leader> rows = new ArrayList<>();
            leaders.forEach((community, ranked) -> ranked.forEach(leader -> {
                scopes.add(community.orElse(0L));
                rows.add(leader);
            }));
            if (rows.isEmpty()) {
                return;
            }
            h.createUpdate("""
                            INSERT INTO leader (workspace_id, scope, person_id, rank, score, repliers, mentioners, boosters, ranked_at)
                            SELECT :w, *, :at FROM unnest(:scopes::bigint[], :people::bigint[], :ranks::int[], :scores::real[],
                                                          :repliers::int[], :mentioners::int[], :boosters::int[])""")
                    .bind("w", workspaceId).bind("at", Rows.timestamp(rankedAt))
                    .bind("scopes", scopes.toArray(Long[]::new))
                    .bind("people", rows.stream().map(Leader::personId).toArray(Long[]::new))
                    .bind("ranks", rows.stream().map(Leader::rank).toArray(Integer[]::new))
                    .bind("scores", rows.stream().map(l -> (float) l.score()).toArray(Float[]::new))
                    .bind("repliers", rows.stream().map(Leader::repliers).toArray(Integer[]::new))
                    .bind("mentioners", rows.stream().map(Leader::mentioners).toArray(Integer[]::new))
                    .bind("boosters", rows.stream().map(Leader::boosters).toArray(Integer[]::new))
                    .execute();
        });
    }

    @Override
    public List<Leader> of(long workspaceId, Optional<Long> communityId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT l.*, p.display_name FROM leader l JOIN person p ON p.id = l.person_id
                        WHERE l.workspace_id = :w AND l.scope = :s ORDER BY l.rank LIMIT :limit""")
                .bind("w", workspaceId).bind("s", communityId.orElse(0L)).bind("limit", limit)
                .map((rs, ctx) -> new Leader(rs.getLong("person_id"), rs.getString("display_name"), rs.getInt("rank"),
                        rs.getFloat("score"), rs.getInt("repliers"), rs.getInt("mentioners"), rs.getInt("boosters")))
                .list());
    }

    @Override
    public Optional<Instant> rankedAt(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT max(ranked_at) AS ranked_at FROM leader WHERE workspace_id = :w")
                .bind("w", workspaceId)
                .map((rs, ctx) -> Rows.optionalInstant(rs, "ranked_at"))
                .one());
    }
}
