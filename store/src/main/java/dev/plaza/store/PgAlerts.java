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

/** The alerts, read from the sentiment rollups and the conversations waiting for the brand (V26). */
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

    /** Open conversations whose oldest negative post the brand has not answered waits past {@code due}, latest first. */
    private List<Alert> criticalThreads(long workspaceId, Instant due, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT c.id, c.subject, a.id AS post_id, a.at, a.text
                        FROM conversation_sentiment cs
                        JOIN conversation c ON c.id = cs.conversation_id
                        JOIN activity a ON a.id = cs.awaiting_activity_id
                        WHERE cs.awaiting_since <= :due AND c.workspace_id = :w AND c.status = 'open'
                        ORDER BY cs.awaiting_since DESC, c.id DESC LIMIT :limit""")
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
