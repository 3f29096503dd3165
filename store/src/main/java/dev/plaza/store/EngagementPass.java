package dev.plaza.store;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.engagement.ActivityWeights;
import dev.plaza.core.engagement.EngagementLevel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * One pass of the engagement job over a workspace, in one transaction (V29): each month whose count of
 * activities changed is read again into {@code person_month}, then the levels, their movement, the
 * monthly relationship and the cohorts are derived again from the first changed month on.
 */
final class EngagementPass {

    private static final String LOVE = Arrays.stream(ActivityKind.values()).filter(k -> ActivityWeights.of(k) > 0)
            .map(k -> "WHEN '%s' THEN %s".formatted(k.key(), ActivityWeights.of(k)))
            .collect(Collectors.joining(" ", "CASE acts.kind ", " ELSE 0 END"));

    private static final String LEVEL = Arrays.stream(EngagementLevel.values())
            .map(l -> "WHEN sum(pm.love) >= %s THEN %d".formatted(l.minimumLove(), l.number()))
            .collect(Collectors.joining(" ", "CASE ", " END"));

    private final Handle handle;
    private final long workspaceId;

    EngagementPass(Handle handle, long workspaceId) {
        this.handle = handle;
        this.workspaceId = workspaceId;
    }

    int run(boolean everyMonth) {
        List<LocalDate> changed = handle.createQuery("""
                        SELECT m.month FROM (SELECT date_trunc('month', day)::date AS month, sum(count) AS activities
                                             FROM activity_daily WHERE workspace_id = :w GROUP BY 1) m
                        LEFT JOIN engagement_source s ON s.workspace_id = :w AND s.month = m.month
                        WHERE :every OR s.activities IS DISTINCT FROM m.activities ORDER BY m.month""")
                .bind("w", workspaceId).bind("every", everyMonth).mapTo(LocalDate.class).list();
        if (changed.isEmpty()) {
            return 0;
        }
        changed.forEach(this::readMonth);
        LocalDate first = changed.getFirst();
        LocalDate latest = handle.createQuery("SELECT date_trunc('month', max(day))::date FROM activity_daily WHERE workspace_id = :w")
                .bind("w", workspaceId).mapTo(LocalDate.class).one();
        level(first, latest);
        for (LocalDate month = first; !month.isAfter(latest); month = month.plusMonths(1)) {
            flow(month);
        }
        relationship(first);
        for (LocalDate month : changed) {
            responseTime(month);
        }
        cohorts();
        handle.createUpdate("""
                        INSERT INTO engagement_source (workspace_id, month, activities)
                        SELECT :w, date_trunc('month', day)::date, sum(count) FROM activity_daily
                        WHERE workspace_id = :w AND day >= :first GROUP BY 2
                        ON CONFLICT (workspace_id, month) DO UPDATE SET activities = excluded.activities""")
                .bind("w", workspaceId).bind("first", first).execute();
        return changed.size();
    }

    /** Each person's love, reach and exchanges with the brand in one month; the brand's own accounts are not people here. */
    private void readMonth(LocalDate month) {
        handle.createUpdate("DELETE FROM person_month WHERE workspace_id = :w AND month = :m")
                .bind("w", workspaceId).bind("m", month).execute();
        handle.createUpdate("""
                        INSERT INTO person_month (workspace_id, month, person_id, activities, love, reach, to_brand, from_brand)
                        WITH acts AS (
                            SELECT a.id, a.kind, a.in_reply_to_uri, a.target_uri, i.person_id, %1$s AS by_brand
                            FROM activity a JOIN identity i ON i.id = a.author_identity_id
                            WHERE a.workspace_id = :w AND a.at >= :start AND a.at < :end AND a.deleted_at IS NULL),
                        -- whoever wrote as the brand is the brand on every platform linked to them, not a person here
                        brand_people AS (SELECT DISTINCT person_id FROM acts WHERE by_brand),
                        own AS (
                            SELECT acts.person_id, count(*) AS activities, sum(%2$s) AS love, count(v.activity_id) AS to_brand
                            FROM acts LEFT JOIN activity_advocacy v ON v.activity_id = acts.id
                            WHERE acts.person_id NOT IN (SELECT person_id FROM brand_people) GROUP BY acts.person_id),
                        turned AS (
                            SELECT acts.person_id AS source, ti.person_id AS target, acts.by_brand,
                                   acts.in_reply_to_uri IS NOT NULL AS reply
                            FROM acts JOIN activity t ON t.workspace_id = :w AND t.uri = coalesce(acts.in_reply_to_uri, acts.target_uri)
                            JOIN identity ti ON ti.id = t.author_identity_id
                            WHERE acts.kind IN ('post', 'reply', 'mention', 'repost')
                              AND (acts.in_reply_to_uri IS NOT NULL OR acts.target_uri IS NOT NULL)
                            UNION ALL
                            SELECT acts.person_id, mi.person_id, acts.by_brand, false
                            FROM acts JOIN activity_mention m ON m.activity_id = acts.id JOIN identity mi ON mi.id = m.identity_id),
                        reach AS (
                            SELECT target AS person_id, count(DISTINCT source) AS reach FROM turned
                            WHERE source NOT IN (SELECT person_id FROM brand_people) AND source <> target GROUP BY target),
                        answered AS (
                            SELECT target AS person_id, count(*) AS from_brand FROM turned WHERE by_brand AND reply GROUP BY target)
                        SELECT :w, :start, own.person_id, own.activities, own.love, coalesce(reach.reach, 0), own.to_brand,
                               coalesce(answered.from_brand, 0)
                        FROM own LEFT JOIN reach USING (person_id) LEFT JOIN answered USING (person_id)"""
                        .formatted(UnansweredQuestions.brand("a"), LOVE))
                .bind("w", workspaceId).bind("start", month).bind("end", month.plusMonths(1))
                .execute();
    }

    private void level(LocalDate first, LocalDate latest) {
        handle.createUpdate("DELETE FROM engagement_level WHERE workspace_id = :w AND month >= :first")
                .bind("w", workspaceId).bind("first", first).execute();
        handle.createUpdate("""
                        INSERT INTO engagement_level (workspace_id, month, person_id, level, love, reach)
                        SELECT :w, m.month::date, pm.person_id, %s, sum(pm.love), sum(pm.reach)
                        FROM generate_series(:first::date, :latest::date, interval '1 month') AS m(month)
                        JOIN person_month pm ON pm.workspace_id = :w
                             AND pm.month > (m.month - interval '3 months')::date AND pm.month <= m.month::date
                        GROUP BY m.month, pm.person_id""".formatted(LEVEL))
                .bind("w", workspaceId).bind("first", first).bind("latest", latest).execute();
    }

    private void flow(LocalDate month) {
        handle.createUpdate("DELETE FROM engagement_flow WHERE workspace_id = :w AND month = :m")
                .bind("w", workspaceId).bind("m", month).execute();
        handle.createUpdate("""
                        INSERT INTO engagement_flow (workspace_id, month, from_level, to_level, people)
                        SELECT :w, :m, coalesce(p.level, 0), coalesce(c.level, 0), count(*)
                        FROM (SELECT person_id, level FROM engagement_level WHERE workspace_id = :w AND month = :m) c
                        FULL JOIN (SELECT person_id, level FROM engagement_level WHERE workspace_id = :w AND month = :previous) p
                             USING (person_id)
                        GROUP BY 3, 4""")
                .bind("w", workspaceId).bind("m", month).bind("previous", month.minusMonths(1)).execute();
    }

    /** The months' counts from {@code first} on (newcomers depend on every month before); each month's response time stays. */
    private void relationship(LocalDate first) {
        handle.createUpdate("""
                        INSERT INTO engagement_month (workspace_id, month, active, newcomers, turned_to_brand, answered_by_brand,
                                                      to_brand, from_brand)
                        WITH firsts AS (SELECT person_id, min(month) AS first FROM person_month WHERE workspace_id = :w GROUP BY person_id)
                        SELECT :w, pm.month, count(*), count(*) FILTER (WHERE f.first = pm.month),
                               count(*) FILTER (WHERE pm.to_brand > 0), count(*) FILTER (WHERE pm.from_brand > 0),
                               sum(pm.to_brand), sum(pm.from_brand)
                        FROM person_month pm JOIN firsts f USING (person_id)
                        WHERE pm.workspace_id = :w AND pm.month >= :first GROUP BY pm.month
                        ON CONFLICT (workspace_id, month) DO UPDATE SET active = excluded.active, newcomers = excluded.newcomers,
                            turned_to_brand = excluded.turned_to_brand, answered_by_brand = excluded.answered_by_brand,
                            to_brand = excluded.to_brand, from_brand = excluded.from_brand""")
                .bind("w", workspaceId).bind("first", first).execute();
    }

    /** The median time the brand took to reply to people's posts in the month, its replies found by the scoring worker's flag. */
    private void responseTime(LocalDate month) {
        handle.createUpdate("""
                        UPDATE engagement_month SET median_response_seconds = (
                            SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.at - p.at))
                            FROM activity a JOIN activity_sentiment s ON s.activity_id = a.id AND (s.counted & %d) <> 0
                            JOIN activity p ON p.workspace_id = :w AND p.uri = a.in_reply_to_uri
                            WHERE a.workspace_id = :w AND a.at >= :start AND a.at < :end AND a.deleted_at IS NULL AND a.at >= p.at)
                        WHERE workspace_id = :w AND month = :start""".formatted(MeasureCounts.COUNTED_BRAND_REPLY))
                .bind("w", workspaceId).bind("start", month).bind("end", month.plusMonths(1)).execute();
    }

    private void cohorts() {
        handle.createUpdate("DELETE FROM retention_cohort WHERE workspace_id = :w").bind("w", workspaceId).execute();
        handle.createUpdate("""
                        INSERT INTO retention_cohort (workspace_id, cohort, month, people)
                        WITH firsts AS (SELECT person_id, min(month) AS first FROM person_month WHERE workspace_id = :w GROUP BY person_id)
                        SELECT :w, f.first, pm.month, count(*)
                        FROM person_month pm JOIN firsts f USING (person_id)
                        WHERE pm.workspace_id = :w GROUP BY f.first, pm.month""")
                .bind("w", workspaceId).execute();
    }
}
