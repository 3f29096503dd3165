package dev.plaza.store;

import dev.plaza.core.activity.Activities;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityFilter;
import dev.plaza.core.activity.DailyCount;
import dev.plaza.core.activity.Totals;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.community.Platform;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.Identity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

final class PgActivities implements Activities {

    private final Jdbi jdbi;

    PgActivities(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Page<Activity> list(long workspaceId, ActivityFilter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder("SELECT a.* FROM activity a WHERE a.workspace_id = :w");
        ActivityFilterSql.append(sql, filter);
        sql.append(" AND ").append(Keyset.after(page, "a.at", "a.id")).append(" ORDER BY a.at DESC, a.id DESC LIMIT :limit");
        List<Activity> rows = jdbi.withHandle(h -> {
            Query query = h.createQuery(sql.toString()).bind("w", workspaceId).bind("limit", page.limit() + 1)
                    .bind("cursorAt", Rows.timestamp(Keyset.cursorAt(page))).bind("cursorId", Keyset.cursorId(page));
            ActivityFilterSql.bind(query, filter);
            return query.map(Rows.ACTIVITY).list();
        });
        return Keyset.page(rows, page, Activity::at, Activity::id);
    }

    @Override
    public Optional<Activity> find(long workspaceId, long activityId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM activity WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId).bind("id", activityId).map(Rows.ACTIVITY).findOne());
    }

    @Override
    public Optional<Activity> findByUri(long workspaceId, String uri) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM activity WHERE workspace_id = :w AND uri = :uri")
                .bind("w", workspaceId).bind("uri", uri).map(Rows.ACTIVITY).findOne());
    }

    @Override
    public List<Identity> mentionedIn(long workspaceId, long activityId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT i.* FROM activity_mention m JOIN identity i ON i.id = m.identity_id
                        WHERE m.activity_id = :a AND i.workspace_id = :w ORDER BY i.id""")
                .bind("w", workspaceId).bind("a", activityId).map(Rows.IDENTITY).list());
    }

    @Override
    public List<DailyCount> daily(long workspaceId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT day, platform, count FROM activity_daily
                        WHERE workspace_id = :w AND day BETWEEN :from AND :to ORDER BY day, platform""")
                .bind("w", workspaceId).bind("from", from).bind("to", to)
                .map((rs, ctx) -> new DailyCount(rs.getObject("day", LocalDate.class),
                        Platform.fromKey(rs.getString("platform")), rs.getLong("count")))
                .list());
    }

    @Override
    public boolean edit(long workspaceId, String uri, String authorStableId, String text, Optional<String> language,
            Instant editedAt) {
        return jdbi.withHandle(h -> edit(h, workspaceId, uri, authorStableId, text, language, editedAt));
    }

    static boolean edit(Handle h, long workspaceId, String uri, String authorStableId, String text,
            Optional<String> language, Instant editedAt) {
        return h.createUpdate("""
                        UPDATE activity a SET text = :text, language = coalesce(:language, a.language), edited_at = :at
                        FROM identity i
                        WHERE a.workspace_id = :w AND a.uri = :uri AND i.id = a.author_identity_id
                          AND i.stable_id = :author AND a.deleted_at IS NULL
                          AND (a.edited_at IS NULL OR a.edited_at < :at)""")
                .bind("text", text).bind("language", language.orElse(null)).bind("at", Rows.timestamp(editedAt))
                .bind("w", workspaceId).bind("uri", uri).bind("author", authorStableId)
                .execute() == 1;
    }

    @Override
    public boolean delete(long workspaceId, String uri, String authorStableId, Instant deletedAt) {
        return jdbi.withHandle(h -> delete(h, workspaceId, uri, authorStableId, deletedAt));
    }

    static boolean delete(Handle h, long workspaceId, String uri, String authorStableId, Instant deletedAt) {
        return h.createUpdate("""
                        UPDATE activity a SET text = '', deleted_at = :at
                        FROM identity i
                        WHERE a.workspace_id = :w AND a.uri = :uri AND i.id = a.author_identity_id
                          AND i.stable_id = :author AND a.deleted_at IS NULL""")
                .bind("at", Rows.timestamp(deletedAt)).bind("w", workspaceId).bind("uri", uri)
                .bind("author", authorStableId)
                .execute() == 1;
    }

    @Override
    public Map<Long, List<MatchReason>> matchReasons(long workspaceId, Collection<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<MatchReason>> reasons = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT r.activity_id, r.kind, r.detail FROM activity_match_reason r
                        JOIN activity a ON a.id = r.activity_id AND a.workspace_id = :w
                        WHERE r.activity_id = ANY(:ids) ORDER BY r.activity_id, r.position""")
                .bind("w", workspaceId).bind("ids", activityIds.toArray(Long[]::new))
                .map((rs, ctx) -> Map.entry(rs.getLong("activity_id"),
                        new MatchReason(MatchReason.Kind.fromKey(rs.getString("kind")), rs.getString("detail"))))
                .forEach(e -> reasons.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue())));
        return reasons;
    }

    @Override
    public long postsByActorsUnder(String actorUriPrefix) {
        String pattern = LikePatterns.escape(actorUriPrefix) + "%";
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT count(*) FROM activity a JOIN identity i ON i.id = a.author_identity_id
                        WHERE i.platform = 'fediverse' AND i.stable_id LIKE :pattern ESCAPE '!'
                          AND a.kind IN ('post', 'reply')""")
                .bind("pattern", pattern).mapTo(Long.class).one());
    }

    @Override
    public Totals totals(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT (SELECT count(*) FROM person WHERE workspace_id = :w AND merged_into IS NULL) AS people,
                               (SELECT count(*) FROM identity WHERE workspace_id = :w) AS identities,
                               (SELECT coalesce(sum(count), 0) FROM activity_daily WHERE workspace_id = :w) AS activities,
                               (SELECT coalesce(sum(count), 0) FROM conversation_count WHERE workspace_id = :w) AS conversations,
                               (SELECT coalesce(sum(count), 0) FROM conversation_count WHERE workspace_id = :w AND status = 'open')
                                   AS open,
                               (SELECT count(*) FROM community WHERE workspace_id = :w) AS communities""")
                .bind("w", workspaceId)
                .map((rs, ctx) -> new Totals(rs.getLong("people"), rs.getLong("identities"), rs.getLong("activities"),
                        rs.getLong("conversations"), rs.getLong("open"), rs.getLong("communities")))
                .one());
    }
}
