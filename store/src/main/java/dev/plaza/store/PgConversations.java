package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationOrder;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.activity.Conversations;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

final class PgConversations implements Conversations {

    private final Jdbi jdbi;
    private final ConversationsByAttention byAttention;

    PgConversations(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.byAttention = new ConversationsByAttention(jdbi, this);
    }

    @Override
    public Page<Conversation> list(long workspaceId, ConversationFilter filter, PageRequest page) {
        if (filter.order() == ConversationOrder.ATTENTION) {
            return byAttention.list(workspaceId, filter, page);
        }
        return latestFirst(workspaceId, filter, page, "");
    }

    /** The conversations the filter and the extra SQL {@code condition} (on {@code c}) find, the latest activity first. */
    Page<Conversation> latestFirst(long workspaceId, ConversationFilter filter, PageRequest page, String condition) {
        StringBuilder sql = new StringBuilder("SELECT c.* FROM conversation c WHERE c.workspace_id = :w").append(condition);
        ConversationFilterSql.append(sql, filter);
        sql.append(" AND ").append(Keyset.after(page, "c.last_activity_at", "c.id"))
                .append(" ORDER BY c.last_activity_at DESC, c.id DESC LIMIT :limit");
        List<Conversation> rows = jdbi.withHandle(h -> {
            Query query = h.createQuery(sql.toString()).bind("w", workspaceId).bind("limit", page.limit() + 1)
                    .bind("cursorAt", Rows.timestamp(Keyset.cursorAt(page))).bind("cursorId", Keyset.cursorId(page));
            ConversationFilterSql.bind(query, filter);
            return query.map(Rows.CONVERSATION).list();
        });
        return Keyset.page(rows, page, Conversation::lastActivityAt, Conversation::id);
    }

    @Override
    public Optional<Conversation> find(long workspaceId, long conversationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM conversation WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId).bind("id", conversationId).map(Rows.CONVERSATION).findOne());
    }

    @Override
    public Optional<Conversation> find(long workspaceId, long conversationId, ConversationFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT c.* FROM conversation c WHERE c.workspace_id = :w AND c.id = :id");
        ConversationFilterSql.append(sql, filter);
        return jdbi.withHandle(h -> {
            Query query = h.createQuery(sql.toString()).bind("w", workspaceId).bind("id", conversationId);
            ConversationFilterSql.bind(query, filter);
            return query.map(Rows.CONVERSATION).findOne();
        });
    }

    @Override
    public List<Activity> thread(long workspaceId, long conversationId) {
        find(workspaceId, conversationId).orElseThrow(() -> new NotFoundException("conversation", conversationId));
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM activity WHERE workspace_id = :w AND conversation_id = :c ORDER BY at, id""")
                .bind("w", workspaceId).bind("c", conversationId).map(Rows.ACTIVITY).list());
    }

    @Override
    public Conversation setStatus(long workspaceId, long conversationId, ConversationStatus status) {
        return jdbi.inTransaction(h -> {
            String previous = h.createQuery("SELECT status FROM conversation WHERE workspace_id = :w AND id = :id FOR UPDATE")
                    .bind("w", workspaceId).bind("id", conversationId).mapTo(String.class).findOne()
                    .orElseThrow(() -> new NotFoundException("conversation", conversationId));
            Conversation changed = h.createQuery(
                            "UPDATE conversation SET status = :status WHERE workspace_id = :w AND id = :id RETURNING *")
                    .bind("status", status.key()).bind("w", workspaceId).bind("id", conversationId)
                    .map(Rows.CONVERSATION).one();
            ConversationCounts.move(h, workspaceId, previous, status.key());
            ConversationSignal.notify(h, workspaceId, List.of(conversationId));
            return changed;
        });
    }

    @Override
    public Conversation assign(long workspaceId, long conversationId, Optional<Long> memberId) {
        return jdbi.inTransaction(h -> {
            memberId.ifPresent(m -> h.createQuery("SELECT id FROM team_member WHERE workspace_id = :w AND id = :m")
                    .bind("w", workspaceId).bind("m", m).mapTo(Long.class).findOne()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "team member %d is not on this workspace's team".formatted(m))));
            Conversation changed = h.createQuery(
                            "UPDATE conversation SET assignee_id = :m WHERE workspace_id = :w AND id = :id RETURNING *")
                    .bind("m", memberId.orElse(null)).bind("w", workspaceId).bind("id", conversationId)
                    .map(Rows.CONVERSATION).findOne()
                    .orElseThrow(() -> new NotFoundException("conversation", conversationId));
            ConversationSignal.notify(h, workspaceId, List.of(conversationId));
            return changed;
        });
    }
}
