package dev.plaza.store;

import dev.plaza.core.search.SearchFilter;
import java.util.Locale;
import org.jdbi.v3.core.statement.Query;

/** The conditions a {@link SearchFilter} adds to its activity filter, on an activity aliased {@code a}. */
final class SearchFilterSql {

    private SearchFilterSql() {
    }

    static void append(StringBuilder sql, SearchFilter filter) {
        filter.status().ifPresent(s -> sql.append(
                " AND a.conversation_id IN (SELECT id FROM conversation WHERE workspace_id = :w AND status = :status)"));
        filter.communityId().ifPresent(c -> sql.append(" AND a.community_id = :community"));
        filter.language().ifPresent(l -> sql.append(" AND split_part(lower(a.language), '-', 1) = :language"));
        filter.from().ifPresent(f -> sql.append(" AND a.at >= :from"));
        filter.until().ifPresent(u -> sql.append(" AND a.at < :until"));
    }

    static void bind(Query query, SearchFilter filter) {
        filter.status().ifPresent(s -> query.bind("status", s.name().toLowerCase(Locale.ROOT)));
        filter.communityId().ifPresent(c -> query.bind("community", c));
        filter.language().ifPresent(l -> query.bind("language", l.toLowerCase(Locale.ROOT).split("-")[0]));
        filter.from().ifPresent(f -> query.bind("from", Rows.timestamp(f)));
        filter.until().ifPresent(u -> query.bind("until", Rows.timestamp(u)));
    }
}
