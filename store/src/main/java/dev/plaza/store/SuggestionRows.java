package dev.plaza.store;

import dev.plaza.core.people.Identity;
import dev.plaza.core.people.LinkJudgement;
import dev.plaza.core.people.LinkSuggestion;
import dev.plaza.core.people.SuggestionState;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Suggested links as stored: one row per pair of identities, the lower identity id on the left. */
final class SuggestionRows {

    /** Open suggestions whose identities still belong to different people. */
    static final String OPEN = """
            SELECT s.* FROM link_suggestion s
            JOIN identity l ON l.id = s.left_identity_id JOIN identity r ON r.id = s.right_identity_id
            WHERE s.workspace_id = :w AND s.state = 'open' AND l.person_id <> r.person_id""";

    record Row(long id, long workspaceId, long leftId, long rightId, List<String> evidence, double confidence,
            SuggestionState state, Instant suggestedAt) {
    }

    static final RowMapper<Row> ROW = (rs, ctx) -> new Row(rs.getLong("id"), rs.getLong("workspace_id"),
            rs.getLong("left_identity_id"), rs.getLong("right_identity_id"),
            Arrays.asList((String[]) rs.getArray("evidence").getArray()), rs.getDouble("confidence"),
            SuggestionState.fromKey(rs.getString("state")), Rows.instant(rs, "suggested_at"));

    private SuggestionRows() {
    }

    /** Stores or refreshes the suggestion; a decided pair keeps its decision and yields nothing. */
    static Optional<Row> upsert(Handle h, Identity a, Identity b, LinkJudgement judgement) {
        long left = Math.min(a.id(), b.id());
        long right = Math.max(a.id(), b.id());
        return h.createQuery("""
                        INSERT INTO link_suggestion (workspace_id, left_identity_id, right_identity_id, evidence, confidence)
                        VALUES (:w, :l, :r, :evidence, :confidence)
                        ON CONFLICT (workspace_id, left_identity_id, right_identity_id) DO UPDATE
                            SET evidence = EXCLUDED.evidence, confidence = EXCLUDED.confidence
                            WHERE link_suggestion.state = 'open'
                        RETURNING *""")
                .bind("w", a.workspaceId()).bind("l", left).bind("r", right)
                .bind("evidence", judgement.evidence().toArray(String[]::new))
                .bind("confidence", judgement.confidence())
                .map(ROW).findOne();
    }

    static Optional<Row> lock(Handle h, long workspaceId, long id) {
        return h.createQuery("SELECT * FROM link_suggestion WHERE workspace_id = :w AND id = :id FOR UPDATE")
                .bind("w", workspaceId).bind("id", id).map(ROW).findOne();
    }

    static void decide(Handle h, long id, SuggestionState state, Optional<Long> byMemberId) {
        h.createUpdate("UPDATE link_suggestion SET state = :state, decided_at = now(), decided_by = :by WHERE id = :id")
                .bind("state", state.key()).bind("by", byMemberId.orElse(null)).bind("id", id).execute();
    }

    /** The suggestions with both identities as they are now. */
    static List<LinkSuggestion> withIdentities(Handle h, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().flatMap(r -> Stream.of(r.leftId(), r.rightId())).distinct().toArray(Long[]::new);
        Map<Long, Identity> identities = h.createQuery("SELECT * FROM identity WHERE id = ANY(:ids)")
                .bind("ids", ids).map(Rows.IDENTITY).stream()
                .collect(Collectors.toMap(Identity::id, Function.identity()));
        return rows.stream().map(r -> new LinkSuggestion(r.id(), r.workspaceId(), identities.get(r.leftId()),
                identities.get(r.rightId()), r.evidence(), r.confidence(), r.state(), r.suggestedAt())).toList();
    }
}
