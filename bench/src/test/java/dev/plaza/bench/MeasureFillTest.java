package dev.plaza.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.core.team.Role;
import dev.plaza.store.PlazaStore;
import dev.plaza.store.testing.TestStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dashboard benchmark's fill writes what Plaza would: the same posts scored again by the real
 * scoring worker, told each post's reading, leave every count, flag and waiting conversation as the
 * fill left them (each identity's months and response times too), and the echo edges are those V27 links.
 */
class MeasureFillTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static long workspace;

    @BeforeAll
    static void fill() {
        PlazaStore store = db.plazaStore();
        workspace = db.newWorkspace().id();
        long member = store.team().add(workspace, "fill@plaza.example", "Fill", Role.MANAGER, "a long enough password".toCharArray()).id();
        new ScaleFill(store, workspace, member, DashboardPlaces.create(store, workspace)).fill(6_000);
        new MeasureFill(store, workspace).fill();
    }

    @Test
    void theScoringWorkerGivenTheSameReadingsWritesWhatTheFillWrote() throws SQLException {
        Map<String, List<String>> filled = written();
        Map<Long, PostScore> readings = readings();
        assertThat(filled.get("measures")).hasSizeGreaterThan(20);
        // the brand's answers to others (1 | 4 | 16), posts on the goal (2), the brand's on the goal (2 | 4), replies to the brand (8)
        assertThat(filled.get("flags")).anyMatch(row -> row.endsWith(",21")).anyMatch(row -> row.endsWith(",2"))
                .anyMatch(row -> row.endsWith(",6")).anyMatch(row -> row.endsWith(",8"));
        assertThat(filled.get("identity months")).hasSizeGreaterThan(100);
        assertThat(filled.get("response times")).hasSizeGreaterThan(10);
        assertThat(filled.get("conversations")).anyMatch(row -> !row.endsWith("null,null"));

        execute("""
                DELETE FROM activity_sentiment WHERE workspace_id = %1$d;
                DELETE FROM activity_advocacy WHERE workspace_id = %1$d;
                DELETE FROM measure_daily WHERE workspace_id = %1$d;
                DELETE FROM advocate WHERE workspace_id = %1$d;
                DELETE FROM identity_month WHERE identity_id IN (SELECT id FROM identity WHERE workspace_id = %1$d);
                DELETE FROM identity_response WHERE identity_id IN (SELECT id FROM identity WHERE workspace_id = %1$d);
                DELETE FROM conversation_sentiment WHERE conversation_id IN (SELECT id FROM conversation WHERE workspace_id = %1$d);
                INSERT INTO scoring_queue (activity_id) SELECT id FROM activity WHERE workspace_id = %1$d
                    AND kind IN ('post', 'reply', 'mention') ON CONFLICT DO NOTHING""".formatted(workspace));
        List<String> contextsDisagreeing = new ArrayList<>();
        PostScorer asFilled = post -> {
            PostScore reading = readings.getOrDefault(post.activityId(),
                    new PostScore(new SentimentScore(Sentiment.NEUTRAL, 0.5), AdvocacyReading.NONE));
            boolean replyToBrand = reading.advocacy().advocacy() == Advocacy.REPLY_TO_BRAND;
            if (readings.containsKey(post.activityId()) && (replyToBrand != post.replyToBrand()
                    || post.byBrand() && reading.advocacy().advocacy() != Advocacy.NONE)) {
                contextsDisagreeing.add("activity " + post.activityId());
            }
            return reading;
        };
        while (db.store().scoring().scoreQueued(1_000, asFilled) > 0) {
            // until the queue is empty
        }

        assertThat(contextsDisagreeing).isEmpty();
        Map<String, List<String>> scored = written();
        filled.forEach((table, rows) -> assertThat(scored.get(table)).as(table).containsExactlyElementsOf(rows));
    }

    @Test
    void echoesAreTheEdgesTheWordOfMouthMigrationLinks() throws SQLException {
        List<String> linked = rows("""
                SELECT s.id || ',' || a.id || ',' || CASE WHEN a.kind = 'repost' THEN 0 WHEN a.target_uri IS NOT NULL THEN 1 ELSE 2 END
                FROM activity a JOIN activity s ON s.workspace_id = a.workspace_id AND s.uri = coalesce(a.target_uri, a.in_reply_to_uri)
                WHERE a.workspace_id = %d AND s.id < a.id ORDER BY 1""".formatted(workspace));
        assertThat(linked).anyMatch(row -> row.endsWith(",0")).anyMatch(row -> row.endsWith(",1"));
        assertThat(rows("""
                SELECT e.source_id || ',' || e.activity_id || ',' || e.kind FROM activity_echo e JOIN activity a ON a.id = e.activity_id
                WHERE a.workspace_id = %d ORDER BY 1""".formatted(workspace))).containsExactlyElementsOf(linked);
        assertThat(rows("""
                SELECT DISTINCT v.advocacy::text FROM activity a JOIN activity s ON s.uri = a.target_uri AND s.workspace_id = a.workspace_id
                JOIN activity_advocacy v ON v.activity_id = s.id WHERE a.workspace_id = %d""".formatted(workspace)))
                .as("what the reposts and quotes echo").containsExactly("0");
    }

    /** What the scoring worker keeps, as text rows in a stable order. */
    private static Map<String, List<String>> written() throws SQLException {
        return Map.of(
                "measures", rows("""
                        SELECT concat_ws(',', scope, day, negative, neutral, positive, recommendations, answers, replies_to_brand, mentions,
                                         brand_replies, goal_posts, goal_brand_posts)
                        FROM measure_daily WHERE workspace_id = %d ORDER BY 1""".formatted(workspace)),
                "flags", rows("""
                        SELECT concat_ws(',', activity_id, conversation_id, counted) FROM activity_sentiment
                        WHERE workspace_id = %d ORDER BY activity_id""".formatted(workspace)),
                "advocacy", rows("""
                        SELECT concat_ws(',', activity_id, advocacy, identity_id) FROM activity_advocacy
                        WHERE workspace_id = %d ORDER BY activity_id""".formatted(workspace)),
                "conversations", rows("""
                        SELECT cs.conversation_id || ',' || negative || ',' || neutral || ',' || positive || ','
                               || coalesce(awaiting_since::text, 'null') || ',' || coalesce(awaiting_activity_id::text, 'null')
                        FROM conversation_sentiment cs JOIN conversation c ON c.id = cs.conversation_id
                        WHERE c.workspace_id = %d ORDER BY cs.conversation_id""".formatted(workspace)),
                "advocates", rows("""
                        SELECT concat_ws(',', identity_id, recommendations, answers, last_at) FROM advocate
                        WHERE workspace_id = %d ORDER BY identity_id""".formatted(workspace)),
                "identity months", rows("""
                        SELECT concat_ws(',', m.identity_id, month, negative, neutral, positive, recommendations, answers, replies_to_brand,
                                         mentions, replied_to_brand, brand_replied)
                        FROM identity_month m JOIN identity i ON i.id = m.identity_id WHERE i.workspace_id = %d ORDER BY 1"""
                        .formatted(workspace)),
                "response times", rows("""
                        SELECT concat_ws(',', r.identity_id, seconds, replies) FROM identity_response r JOIN identity i ON i.id = r.identity_id
                        WHERE i.workspace_id = %d ORDER BY 1""".formatted(workspace)));
    }

    private static Map<Long, PostScore> readings() throws SQLException {
        Map<Long, PostScore> readings = new HashMap<>();
        try (Connection connection = db.plazaStore().dataSource().getConnection(); Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("""
                     SELECT s.activity_id, s.sentiment, s.confidence, v.advocacy, v.evidence FROM activity_sentiment s
                     LEFT JOIN activity_advocacy v ON v.activity_id = s.activity_id WHERE s.workspace_id = %d""".formatted(workspace))) {
            while (rs.next()) {
                int advocacy = rs.getInt("advocacy");
                AdvocacyReading reading = rs.wasNull() ? AdvocacyReading.NONE : new AdvocacyReading(List.of(Advocacy.RECOMMENDATION,
                        Advocacy.ANSWER, Advocacy.REPLY_TO_BRAND, Advocacy.MENTION).get(advocacy), Optional.ofNullable(rs.getString("evidence")));
                readings.put(rs.getLong("activity_id"), new PostScore(new SentimentScore(Sentiment.values()[rs.getInt("sentiment")],
                        rs.getFloat("confidence")), reading));
            }
        }
        return readings;
    }

    private static List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.plazaStore().dataSource().getConnection(); Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static void execute(String statements) throws SQLException {
        try (Connection connection = db.plazaStore().dataSource().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statements);
        }
    }
}
