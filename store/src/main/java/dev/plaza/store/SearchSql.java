package dev.plaza.store;

import dev.plaza.core.search.SearchQuery;
import dev.plaza.core.search.SearchTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.statement.Query;

/**
 * A parsed search as SQL over an activity aliased {@code a}: every term is a bound parameter fed to
 * the plaza_search_term function (migration V17), so user input never becomes SQL text. Words,
 * phrases and hashtags must match the search vector; hashtags and handles must also appear as
 * written; an @handle matches posts that mention it or that its owner wrote (its identities are looked up
 * once, so that the author's posts come from the author index).
 */
final class SearchSql {

    private final List<String> matched = new ArrayList<>();
    private final List<String> highlighted = new ArrayList<>();
    private final StringBuilder conditions = new StringBuilder();
    private final List<String> values = new ArrayList<>();

    SearchSql(SearchQuery query) {
        query.terms().forEach(this::add);
    }

    /** The tsquery every hit matches, or an empty query when only handles or exclusions were given. */
    String matchQuery() {
        return matched.isEmpty() ? "''::tsquery" : String.join(" && ", matched);
    }

    String highlightQuery() {
        return highlighted.isEmpty() ? "''::tsquery" : String.join(" && ", highlighted);
    }

    /**
     * Conditions to append after a WHERE clause, each starting with AND. The query is written out
     * rather than taken from a CTE so that the planner sees its lexemes and can tell a common word
     * (walk the newest activities) from a rare one (ask the index).
     */
    String conditions() {
        return (matched.isEmpty() ? "" : " AND a.search_vector @@ (" + matchQuery() + ")") + conditions;
    }

    void bind(Query query) {
        for (int i = 0; i < values.size(); i++) {
            query.bind("term" + i, values.get(i));
        }
    }

    private void add(SearchTerm term) {
        switch (term.kind()) {
            case WORD, PHRASE -> {
                if (term.excluded()) {
                    conditions.append(" AND NOT a.search_vector @@ ").append(termQuery(term.text()));
                } else {
                    matchAndHighlight(termQuery(term.text()));
                }
            }
            case HASHTAG -> {
                String contains = contains("#" + term.text());
                if (!term.excluded()) {
                    matchAndHighlight(termQuery(term.text()));
                }
                conditions.append(term.excluded() ? " AND NOT " : " AND ").append(contains);
            }
            case HANDLE -> {
                String handle = stripAt(term.text());
                String mentionOrAuthor = "((a.search_vector @@ public.plaza_search_handle(:%s) AND %s) OR a.author_identity_id = ANY (ARRAY(%s)))"
                        .formatted(parameter(handle), contains("@" + handle), identitiesWithHandle(handle));
                conditions.append(term.excluded() ? " AND NOT " : " AND ").append(mentionOrAuthor);
                if (!term.excluded()) {
                    highlighted.add(termQuery(handle));
                }
            }
        }
    }

    private void matchAndHighlight(String query) {
        matched.add(query);
        highlighted.add(query);
    }

    private String termQuery(String text) {
        return "public.plaza_search_term(:" + parameter(text) + ")";
    }

    private String contains(String literal) {
        return "strpos(public.plaza_search_prepare(a.text), public.plaza_search_prepare(:%s)) > 0"
                .formatted(parameter(literal));
    }

    /** Identities whose handle is this one, with or without its server part. */
    private String identitiesWithHandle(String handle) {
        String lowered = handle.toLowerCase(Locale.ROOT);
        return ("SELECT id FROM identity WHERE workspace_id = :w AND (ltrim(lower(handle), '@') = :%s"
                + " OR ltrim(lower(handle), '@') LIKE :%s ESCAPE '!')")
                .formatted(parameter(lowered), parameter(LikePatterns.escape(lowered) + "@%"));
    }

    private String parameter(String value) {
        values.add(value);
        return "term" + (values.size() - 1);
    }

    private static String stripAt(String handle) {
        return handle.startsWith("@") ? handle.substring(1) : handle;
    }
}
