package dev.plaza.store;

import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.paging.Cursor;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * An inbox in {@link dev.plaza.core.activity.ConversationOrder#ATTENTION} order, paged in two runs: the
 * conversations waiting for the brand (V26), the longest waiting first, then the others by their latest
 * activity. A cursor into the first run carries the conversation's id negated: ids are positive, so
 * the sign alone says which run a page continues.
 */
final class ConversationsByAttention {

    private final Jdbi jdbi;
    private final PgConversations conversations;

    ConversationsByAttention(Jdbi jdbi, PgConversations conversations) {
        this.jdbi = jdbi;
        this.conversations = conversations;
    }

    Page<Conversation> list(long workspaceId, ConversationFilter filter, PageRequest page) {
        Optional<Cursor> cursor = page.cursor().map(Cursor::decode);
        if (cursor.isPresent() && cursor.get().id() > 0) {
            return others(workspaceId, filter, page);
        }
        List<Map.Entry<Conversation, Instant>> waiting = waiting(workspaceId, filter, cursor, page.limit() + 1);
        if (waiting.size() > page.limit()) {
            Map.Entry<Conversation, Instant> last = waiting.get(page.limit() - 1);
            return new Page<>(waiting.subList(0, page.limit()).stream().map(Map.Entry::getKey).toList(), Optional.of(
                    new Cursor(ChronoUnit.MICROS.between(Instant.EPOCH, last.getValue()), -last.getKey().id()).encode()));
        }
        List<Conversation> shown = new ArrayList<>(waiting.stream().map(Map.Entry::getKey).toList());
        Page<Conversation> rest = others(workspaceId, filter, PageRequest.first(Math.max(1, page.limit() - shown.size())));
        if (shown.size() == page.limit()) {
            // the first run fills this page exactly: the next one starts the second run
            return new Page<>(shown, rest.items().isEmpty() ? Optional.empty() : Optional.of(firstOfSecondRun()));
        }
        shown.addAll(rest.items());
        return new Page<>(shown, rest.nextCursor());
    }

    /** A cursor before any conversation of the second run. */
    private static String firstOfSecondRun() {
        return new Cursor(Long.MAX_VALUE, Long.MAX_VALUE).encode();
    }

    private List<Map.Entry<Conversation, Instant>> waiting(long workspaceId, ConversationFilter filter, Optional<Cursor> after,
                                                          int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT c.*, cs.awaiting_since FROM conversation_sentiment cs JOIN conversation c ON c.id = cs.conversation_id
                WHERE cs.awaiting_since IS NOT NULL AND c.workspace_id = :w""");
        ConversationFilterSql.append(sql, filter);
        after.ifPresent(c -> sql.append(" AND (cs.awaiting_since, c.id) > (:cursorAt, :cursorId)"));
        sql.append(" ORDER BY cs.awaiting_since, c.id LIMIT :limit");
        return jdbi.withHandle(h -> {
            Query query = h.createQuery(sql.toString()).bind("w", workspaceId).bind("limit", limit);
            after.ifPresent(c -> query.bind("cursorAt", Rows.timestamp(Instant.EPOCH.plus(c.epochMicros(), ChronoUnit.MICROS)))
                    .bind("cursorId", -c.id()));
            ConversationFilterSql.bind(query, filter);
            return query.map((rs, ctx) -> Map.entry(Rows.CONVERSATION.map(rs, ctx), Rows.instant(rs, "awaiting_since"))).list();
        });
    }

    private Page<Conversation> others(long workspaceId, ConversationFilter filter, PageRequest page) {
        boolean fromStart = page.cursor().map(Cursor::decode).filter(c -> c.id() == Long.MAX_VALUE).isPresent();
        return conversations.latestFirst(workspaceId, filter, fromStart ? PageRequest.first(page.limit()) : page,
                " AND NOT EXISTS (SELECT 1 FROM conversation_sentiment cs WHERE cs.conversation_id = c.id AND cs.awaiting_since IS NOT NULL)");
    }
}
