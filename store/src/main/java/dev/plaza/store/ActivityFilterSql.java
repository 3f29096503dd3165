package dev.plaza.store;

import dev.plaza.core.activity.ActivityFilter;
import org.jdbi.v3.core.statement.Query;

/** The SQL conditions of an {@link ActivityFilter} on an activity aliased {@code a}, and their bindings. */
final class ActivityFilterSql {

    private ActivityFilterSql() {
    }

    static void append(StringBuilder sql, ActivityFilter filter) {
        filter.personId().ifPresent(p ->
                sql.append(" AND a.author_identity_id IN (SELECT id FROM identity WHERE person_id = :person)"));
        filter.platform().ifPresent(p -> sql.append(" AND a.platform = :platform"));
        filter.kind().ifPresent(k -> sql.append(" AND a.kind = :kind"));
        filter.conversationId().ifPresent(c -> sql.append(" AND a.conversation_id = :conversation"));
        filter.days().ifPresent(d -> sql.append(" AND a.at >= :daysStart AND a.at < :daysEnd"));
    }

    static void bind(Query query, ActivityFilter filter) {
        filter.personId().ifPresent(p -> query.bind("person", p));
        filter.platform().ifPresent(p -> query.bind("platform", p.key()));
        filter.kind().ifPresent(k -> query.bind("kind", k.key()));
        filter.conversationId().ifPresent(c -> query.bind("conversation", c));
        filter.days().ifPresent(d -> query.bind("daysStart", Rows.timestamp(d.start())).bind("daysEnd", Rows.timestamp(d.end())));
    }
}
