package dev.plaza.store;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyDay;
import dev.plaza.core.advocacy.AdvocacyPost;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.advocacy.Advocate;
import dev.plaza.core.advocacy.Advocates;
import dev.plaza.core.measures.MeasureDay;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Advocacy on PostgreSQL (V25): the readings, their daily counts, and each identity's as an advocate. */
final class PgAdvocates implements Advocates {

    /** The order of {@code activity_advocacy.advocacy}'s values. */
    static final List<Advocacy> STORED = List.of(Advocacy.RECOMMENDATION, Advocacy.ANSWER, Advocacy.REPLY_TO_BRAND, Advocacy.MENTION);

    /** People as advocates: their identities' counts summed; the caller adds its conditions and order. */
    private static final String PEOPLE = """
            SELECT p.id, p.display_name, sum(a.recommendations) AS recommendations, sum(a.answers) AS answers,
                   max(a.last_at) AS last_at
            FROM advocate a JOIN identity i ON i.id = a.identity_id JOIN person p ON p.id = i.person_id
            WHERE a.workspace_id = :w AND a.recommendations + a.answers > 0 %s
            GROUP BY p.id, p.display_name""";
    private static final org.jdbi.v3.core.mapper.RowMapper<Advocate> ADVOCATE = (rs, ctx) -> new Advocate(rs.getLong("id"),
            rs.getString("display_name"), rs.getLong("recommendations"), rs.getLong("answers"), Rows.instant(rs, "last_at"));

    private final Jdbi jdbi;
    private final PgMeasures measures;

    PgAdvocates(Jdbi jdbi, PgMeasures measures) {
        this.jdbi = jdbi;
        this.measures = measures;
    }

    @Override
    public List<AdvocacyDay> daily(long workspaceId, LocalDate from, LocalDate to) {
        return measures.byPlatform(workspaceId, from, to, STORED, MeasureDay::count, AdvocacyDay::new);
    }

    @Override
    public List<Advocate> top(long workspaceId, int limit) {
        return jdbi.withHandle(h -> h.createQuery(PEOPLE.formatted("")
                        + " ORDER BY sum(a.recommendations + a.answers) DESC, max(a.last_at) DESC, p.id LIMIT :limit")
                .bind("w", workspaceId).bind("limit", limit).map(ADVOCATE).list());
    }

    @Override
    public Optional<Advocate> ofPerson(long workspaceId, long personId) {
        return jdbi.withHandle(h -> h.createQuery(PEOPLE.formatted("AND p.id = :p"))
                .bind("w", workspaceId).bind("p", personId).map(ADVOCATE).findOne());
    }

    /**
     * {@code a.workspace_id} as well as {@code v.workspace_id}: with it the planner can walk the workspace's newest
     * activities and stop at the limit, where it read and sorted every recommendation and answer the workspace has.
     */
    @Override
    public List<AdvocacyPost> recent(long workspaceId, int limit) {
        return SerialReads.read(jdbi, h -> h.createQuery("""
                        SELECT a.*, v.advocacy, v.evidence, p.id AS person_id, p.display_name AS person_name
                        FROM activity_advocacy v JOIN activity a ON a.id = v.activity_id
                        JOIN identity i ON i.id = a.author_identity_id JOIN person p ON p.id = i.person_id
                        WHERE v.workspace_id = :w AND a.workspace_id = :w AND v.advocacy IN (0, 1) AND a.deleted_at IS NULL
                        ORDER BY a.at DESC, a.id DESC LIMIT :limit""")
                .bind("w", workspaceId).bind("limit", limit)
                .map((rs, ctx) -> new AdvocacyPost(Rows.ACTIVITY.map(rs, ctx), rs.getLong("person_id"), rs.getString("person_name"),
                        new AdvocacyReading(STORED.get(rs.getInt("advocacy")), Optional.ofNullable(rs.getString("evidence")))))
                .list());
    }

    @Override
    public Map<Long, AdvocacyReading> of(long workspaceId, Collection<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, AdvocacyReading> readings = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT activity_id, advocacy, evidence FROM activity_advocacy WHERE workspace_id = :w AND activity_id = ANY(:ids)""")
                .bind("w", workspaceId).bind("ids", activityIds.toArray(Long[]::new))
                .map((rs, ctx) -> Map.entry(rs.getLong("activity_id"), new AdvocacyReading(STORED.get(rs.getInt("advocacy")),
                        Optional.ofNullable(rs.getString("evidence")))))
                .forEach(e -> readings.put(e.getKey(), e.getValue())));
        return readings;
    }
}
