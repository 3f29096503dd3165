package dev.plaza.store;

import dev.plaza.core.wordofmouth.Cascade;
import dev.plaza.core.wordofmouth.Echoes;
import dev.plaza.core.wordofmouth.KeptWordOfMouth;
import dev.plaza.core.wordofmouth.WordOfMouth;
import dev.plaza.core.wordofmouth.WordOfMouthTotals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Word of mouth on PostgreSQL (V27): a walk down the echo edges from each post, all posts in one
 * query; the periods' totals the job keeps are counted from the cascades V31's triggers keep. The
 * edges never form a cycle (each points to an activity stored before its echo), and the walk stops at
 * {@link WordOfMouth#MAX_DEPTH} whatever they hold. Each step is kept once per activity and
 * depth, so an echo reached by two paths is not walked twice from there. A deleted echo ends its chain:
 * its reposts went with it, and a reply to it no longer shows what it answered.
 */
final class PgWordOfMouth implements WordOfMouth {

    /**
     * Every echo of the posts of {@code roots(id, author_person)}, at every step: the post it goes back to,
     * that post's author, the echo, its kind, its depth, who wrote it and when. The caller names roots.
     */
    private static final String WALK = """
            WITH RECURSIVE roots AS (%s),
            walk (root, recommender, activity_id, kind, depth, author, at) AS (
                SELECT r.id, r.author_person, e.activity_id, e.kind, 1, a.author_identity_id, a.at
                FROM roots r JOIN activity_echo e ON e.source_id = r.id
                JOIN activity a ON a.id = e.activity_id AND a.deleted_at IS NULL
              UNION
                SELECT w.root, w.recommender, e.activity_id, e.kind, w.depth + 1, a.author_identity_id, a.at
                FROM walk w JOIN activity_echo e ON e.source_id = w.activity_id
                JOIN activity a ON a.id = e.activity_id AND a.deleted_at IS NULL
                WHERE w.depth < %d AND e.activity_id <> w.root
            ),
            echoes AS (
                SELECT w.*, i.person_id AS echoer, %s AS by_brand FROM walk w JOIN identity i ON i.id = w.author
            )
            """;
    /** Whether the echo's author reaches someone new: neither the post's own author nor the brand. */
    private static final String REACHED = "e.echoer <> e.recommender AND NOT e.by_brand";

    /** How long after a trigger walked a cascade the job walks it again (a transaction that missed it has committed by then). */
    private static final Duration SETTLED_AFTER = Duration.ofMinutes(30);

    private final Jdbi jdbi;

    PgWordOfMouth(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static String walkFrom(String roots) {
        return WALK.formatted(roots, MAX_DEPTH, UnansweredQuestions.brandIdentity("i"));
    }

    @Override
    public Map<Long, Cascade> of(long workspaceId, Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Cascade> cascades = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery(walkFrom("""
                        SELECT a.id, i.person_id AS author_person FROM activity a JOIN identity i ON i.id = a.author_identity_id
                        WHERE a.id = ANY(:ids) AND a.workspace_id = :w""") + """
                        SELECT e.root,
                               count(DISTINCT e.activity_id) FILTER (WHERE e.depth = 1 AND e.kind = 0) AS direct_reposts,
                               count(DISTINCT e.activity_id) FILTER (WHERE e.depth = 1 AND e.kind = 1) AS direct_quotes,
                               count(DISTINCT e.activity_id) FILTER (WHERE e.depth = 1 AND e.kind = 2) AS direct_replies,
                               count(DISTINCT e.activity_id) FILTER (WHERE e.kind = 0) AS reposts,
                               count(DISTINCT e.activity_id) FILTER (WHERE e.kind = 1) AS quotes,
                               count(DISTINCT e.activity_id) FILTER (WHERE e.kind = 2) AS replies,
                               count(DISTINCT e.echoer) FILTER (WHERE %s) AS reached,
                               max(e.depth) AS depth, max(e.at) AS latest
                        FROM echoes e GROUP BY e.root""".formatted(REACHED))
                .bind("w", workspaceId).bind("ids", postIds.toArray(Long[]::new))
                .map((rs, ctx) -> cascade(rs))
                .forEach(c -> cascades.put(c.postId(), c)));
        return cascades;
    }

    private static Cascade cascade(ResultSet rs) throws SQLException {
        return new Cascade(rs.getLong("root"),
                new Echoes(rs.getLong("direct_reposts"), rs.getLong("direct_quotes"), rs.getLong("direct_replies")),
                new Echoes(rs.getLong("reposts"), rs.getLong("quotes"), rs.getLong("replies")),
                rs.getLong("reached"), rs.getInt("depth"), Rows.instant(rs, "latest"));
    }

    @Override
    public WordOfMouthTotals totals(long workspaceId, Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery(walkFrom("""
                        SELECT a.id, i.person_id AS author_person
                        FROM activity_advocacy v JOIN activity a ON a.id = v.activity_id
                        JOIN identity i ON i.id = a.author_identity_id
                        WHERE v.workspace_id = :w AND v.advocacy IN (0, 1) AND a.deleted_at IS NULL
                          AND a.at >= :from AND a.at < :to""") + """
                        SELECT (SELECT count(*) FROM roots) AS recommendations, count(DISTINCT e.activity_id) AS echoes,
                               count(DISTINCT e.echoer) FILTER (WHERE %s) AS reached
                        FROM echoes e""".formatted(REACHED))
                .bind("w", workspaceId).bind("from", Rows.timestamp(from)).bind("to", Rows.timestamp(to))
                .map((rs, ctx) -> new WordOfMouthTotals(rs.getLong("recommendations"), rs.getLong("echoes"), rs.getLong("reached")))
                .one());
    }

    @Override
    public void keep(long workspaceId, int months, Instant now) {
        jdbi.useHandle(h -> KeptCascades.settle(h, workspaceId, now.minus(SETTLED_AFTER)));
        jdbi.useTransaction(h -> {
            Optional<LocalDate> newest = KeptCascades.newestDay(h, workspaceId);
            if (newest.isEmpty()) {
                return;
            }
            LocalDate last = newest.get();
            keepSpan(h, workspaceId, "year", last.minusMonths(12).plusDays(1), last, now);
            for (int m = 0; m < months; m++) {
                LocalDate first = last.withDayOfMonth(1).minusMonths(m);
                keepSpan(h, workspaceId, "month", first, first.plusMonths(1).minusDays(1), now);
            }
        });
    }

    @Override
    public void recountPeople(long workspaceId) {
        jdbi.useHandle(h -> KeptCascades.recountPeople(h, workspaceId));
    }

    private static void keepSpan(Handle h, long workspaceId, String span, LocalDate first, LocalDate last, Instant now) {
        WordOfMouthTotals totals = KeptCascades.totals(h, workspaceId, first, last);
        h.createUpdate("""
                        INSERT INTO word_of_mouth_kept (workspace_id, span, first_day, last_day, recommendations, echoes, people_reached, kept_at)
                        VALUES (:w, :span, :first, :last, :recommendations, :echoes, :reached, :at)
                        ON CONFLICT (workspace_id, span, first_day, last_day) DO UPDATE SET recommendations = excluded.recommendations,
                            echoes = excluded.echoes, people_reached = excluded.people_reached, kept_at = excluded.kept_at""")
                .bind("w", workspaceId).bind("span", span).bind("first", first).bind("last", last)
                .bind("recommendations", totals.recommendations()).bind("echoes", totals.echoes()).bind("reached", totals.peopleReached())
                .bind("at", Rows.timestamp(now)).execute();
    }

    @Override
    public Optional<KeptWordOfMouth> keptYear(long workspaceId) {
        return kept(workspaceId, "AND span = 'year' ORDER BY kept_at DESC, last_day DESC LIMIT 1", Optional.empty());
    }

    @Override
    public Optional<KeptWordOfMouth> keptMonth(long workspaceId, LocalDate month) {
        return kept(workspaceId, "AND span = 'month' AND first_day = :first", Optional.of(month.withDayOfMonth(1)));
    }

    private Optional<KeptWordOfMouth> kept(long workspaceId, String condition, Optional<LocalDate> first) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT * FROM word_of_mouth_kept WHERE workspace_id = :w " + condition).bind("w", workspaceId);
            first.ifPresent(day -> query.bind("first", day));
            return query.map((rs, ctx) -> new KeptWordOfMouth(rs.getObject("first_day", LocalDate.class),
                    rs.getObject("last_day", LocalDate.class), new WordOfMouthTotals(rs.getLong("recommendations"), rs.getLong("echoes"),
                    rs.getLong("people_reached")), Rows.instant(rs, "kept_at"))).findOne();
        });
    }
}
