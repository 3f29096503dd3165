package dev.plaza.store;

import dev.plaza.core.alerts.Alert;
import dev.plaza.core.alerts.Alerts;
import dev.plaza.core.alerts.NegativeSpike;
import dev.plaza.core.sentiment.Sentiments;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The alerts, read from the sentiment rollups (V25) and the conversations they count. */
final class PgAlerts implements Alerts {

    private final Jdbi jdbi;
    private final Sentiments sentiments;

    PgAlerts(Jdbi jdbi, Sentiments sentiments) {
        this.jdbi = jdbi;
        this.sentiments = sentiments;
    }

    @Override
    public List<Alert> open(long workspaceId, Instant now, Duration answerWithin, int limit) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Alert> alerts = new ArrayList<>();
        NegativeSpike.detect(sentiments.daily(workspaceId, NegativeSpike.baselineStart(today), today), today).ifPresent(alerts::add);
        alerts.addAll(criticalThreads(workspaceId, now.minus(answerWithin), limit));
        return alerts;
    }

    /** Open conversations whose latest negative post by someone else waits, past {@code due}, for the brand. */
    private List<Alert> criticalThreads(long workspaceId, Instant due, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT c.id, c.subject, x.id AS post_id, x.at, x.text
                        FROM conversation c
                        JOIN conversation_sentiment cs ON cs.conversation_id = c.id AND cs.negative > 0
                        CROSS JOIN LATERAL (
                            SELECT a.id, a.at, a.text FROM activity a
                            JOIN activity_sentiment s ON s.activity_id = a.id AND s.sentiment = 0
                            WHERE a.conversation_id = c.id AND a.deleted_at IS NULL AND NOT %s
                            ORDER BY a.at DESC, a.id DESC LIMIT 1) x
                        WHERE c.workspace_id = :w AND c.status = 'open' AND x.at <= :due
                          AND NOT EXISTS (SELECT 1 FROM activity r
                                          WHERE r.conversation_id = c.id AND (r.at, r.id) > (x.at, x.id)
                                            AND r.kind IN ('post', 'reply', 'mention') AND r.deleted_at IS NULL AND %s)
                        ORDER BY x.at DESC, x.id DESC LIMIT :limit""".formatted(UnansweredQuestions.brand("a"),
                        UnansweredQuestions.brand("r")))
                .bind("w", workspaceId).bind("due", Rows.timestamp(due)).bind("limit", limit)
                .map((rs, ctx) -> new Alert(Alert.Kind.CRITICAL_THREAD,
                        "critical-thread:%d:%d".formatted(rs.getLong("id"), rs.getLong("post_id")), Rows.instant(rs, "at"),
                        "Unanswered negative post: " + excerpt(rs.getString("text")), Optional.of(rs.getLong("id"))))
                .list());
    }

    private static String excerpt(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 140 ? oneLine : oneLine.substring(0, oneLine.offsetByCodePoints(0, 139)) + "…";
    }
}
