package dev.plaza.store;

import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationFilterKeys;
import dev.plaza.core.activity.SavedView;
import dev.plaza.core.activity.SavedViews;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

final class PgSavedViews implements SavedViews {

    private static final RowMapper<SavedView> VIEW = (rs, ctx) -> new SavedView(rs.getLong("id"), rs.getLong("member_id"),
            rs.getString("name"), filter(rs.getString("filter")));

    private final Jdbi jdbi;

    PgSavedViews(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<SavedView> of(long workspaceId, long memberId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM saved_view WHERE workspace_id = :w AND member_id = :m ORDER BY lower(name), id""")
                .bind("w", workspaceId).bind("m", memberId).map(VIEW).list());
    }

    @Override
    public SavedView save(long workspaceId, long memberId, String name, ConversationFilter filter) {
        String checked = SavedView.checkedName(name);
        return jdbi.inTransaction(h -> {
            h.createQuery("SELECT id FROM team_member WHERE workspace_id = :w AND id = :m")
                    .bind("w", workspaceId).bind("m", memberId).mapTo(Long.class).findOne()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "team member %d is not on this workspace's team".formatted(memberId)));
            return h.createQuery("""
                            INSERT INTO saved_view (workspace_id, member_id, name, filter) VALUES (:w, :m, :name, :filter)
                            ON CONFLICT (member_id, name) DO UPDATE SET filter = excluded.filter RETURNING *""")
                    .bind("w", workspaceId).bind("m", memberId).bind("name", checked).bind("filter", text(filter))
                    .map(VIEW).one();
        });
    }

    @Override
    public boolean delete(long workspaceId, long memberId, long viewId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM saved_view WHERE workspace_id = :w AND member_id = :m AND id = :id")
                .bind("w", workspaceId).bind("m", memberId).bind("id", viewId).execute() == 1);
    }

    /** The filter's values need no escaping: keys, ids, language tags and "true" have no '&' or '='. */
    private static String text(ConversationFilter filter) {
        return ConversationFilterKeys.of(filter).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    private static ConversationFilter filter(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return ConversationFilterKeys.parse(values);
    }
}
