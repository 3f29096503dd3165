package dev.plaza.store;

import dev.plaza.core.activity.ConversationFilter;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;

/**
 * The SQL conditions of a {@link ConversationFilter} on a conversation aliased {@code c}, and their
 * bindings. Each condition on the conversation's activities is a semi-join that an index of V20
 * answers from the filter's side (the channel's, community's, language's or reason's activities).
 */
final class ConversationFilterSql {

    private ConversationFilterSql() {
    }

    static void append(StringBuilder sql, ConversationFilter filter) {
        filter.status().ifPresent(s -> sql.append(" AND c.status = :status"));
        filter.platform().ifPresent(p -> sql.append(" AND c.platform = :platform"));
        member(filter).ifPresent(m -> sql.append(" AND c.assignee_id = :assignee"));
        if (filter.assignee().filter(ConversationFilter.Assignee.Nobody.class::isInstance).isPresent()) {
            sql.append(" AND c.assignee_id IS NULL");
        }
        filter.communityId().ifPresent(id -> sql.append(" ").append("""
                 AND c.id IN (SELECT a.conversation_id FROM activity a
                              WHERE a.community_id = :community AND a.conversation_id IS NOT NULL)"""));
        filter.channelId().ifPresent(id -> sql.append(" ").append("""
                 AND c.id IN (SELECT a.conversation_id FROM activity a
                              WHERE a.channel_id = :channel AND a.conversation_id IS NOT NULL)"""));
        filter.language().ifPresent(l -> sql.append(" ").append("""
                 AND c.id IN (SELECT a.conversation_id FROM activity a
                              WHERE a.workspace_id = :w AND a.language IS NOT NULL AND a.conversation_id IS NOT NULL
                                AND (lower(a.language) = :language OR lower(a.language) LIKE :languagePrefix))"""));
        filter.reason().ifPresent(r -> sql.append(" ").append("""
                 AND c.id IN (SELECT a.conversation_id FROM activity_match_reason m JOIN activity a ON a.id = m.activity_id
                              WHERE m.kind = :reason AND a.workspace_id = :w AND a.conversation_id IS NOT NULL)"""));
        filter.sentiment().ifPresent(s -> sql.append(" AND EXISTS (SELECT 1 FROM conversation_sentiment cs WHERE cs.conversation_id = c.id AND cs.")
                .append(s.key()).append(" > 0)"));
        if (filter.unansweredQuestions()) {
            sql.append(" AND c.status = 'open' AND ").append(UnansweredQuestions.condition("c"));
        }
    }

    static void bind(Query query, ConversationFilter filter) {
        filter.status().ifPresent(s -> query.bind("status", s.key()));
        filter.platform().ifPresent(p -> query.bind("platform", p.key()));
        member(filter).ifPresent(id -> query.bind("assignee", id));
        filter.communityId().ifPresent(id -> query.bind("community", id));
        filter.channelId().ifPresent(id -> query.bind("channel", id));
        filter.language().ifPresent(l -> query.bind("language", l).bind("languagePrefix", l + "-%"));
        filter.reason().ifPresent(r -> query.bind("reason", r.key()));
        if (filter.unansweredQuestions()) {
            UnansweredQuestions.bind(query);
        }
    }

    private static Optional<Long> member(ConversationFilter filter) {
        return filter.assignee().flatMap(a -> a instanceof ConversationFilter.Assignee.Member m
                ? Optional.of(m.memberId()) : Optional.empty());
    }
}
