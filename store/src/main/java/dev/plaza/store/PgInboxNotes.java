package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.activity.ConversationNote;
import dev.plaza.core.activity.InboxNotes;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

final class PgInboxNotes implements InboxNotes {

    private static final RowMapper<ConversationNote> NOTE = (rs, ctx) -> new ConversationNote(rs.getLong("id"),
            rs.getLong("conversation_id"), rs.getLong("author_id"), rs.getString("display_name"), rs.getString("text"),
            Rows.instant(rs, "at"));

    private final Jdbi jdbi;

    PgInboxNotes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<ConversationNote> of(long workspaceId, long conversationId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT n.*, m.display_name FROM conversation_note n JOIN team_member m ON m.id = n.author_id
                        WHERE n.workspace_id = :w AND n.conversation_id = :c ORDER BY n.at, n.id""")
                .bind("w", workspaceId).bind("c", conversationId).map(NOTE).list());
    }

    @Override
    public ConversationNote add(long workspaceId, long conversationId, long memberId, String text) {
        String checked = ConversationNote.checked(text);
        return jdbi.inTransaction(h -> {
            h.createQuery("SELECT id FROM conversation WHERE workspace_id = :w AND id = :c")
                    .bind("w", workspaceId).bind("c", conversationId).mapTo(Long.class).findOne()
                    .orElseThrow(() -> new NotFoundException("conversation", conversationId));
            h.createQuery("SELECT id FROM team_member WHERE workspace_id = :w AND id = :m")
                    .bind("w", workspaceId).bind("m", memberId).mapTo(Long.class).findOne()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "team member %d is not on this workspace's team".formatted(memberId)));
            return h.createQuery("""
                            WITH n AS (INSERT INTO conversation_note (workspace_id, conversation_id, author_id, text)
                                       VALUES (:w, :c, :m, :text) RETURNING *)
                            SELECT n.*, m.display_name FROM n JOIN team_member m ON m.id = n.author_id""")
                    .bind("w", workspaceId).bind("c", conversationId).bind("m", memberId).bind("text", checked)
                    .map(NOTE).one();
        });
    }
}
