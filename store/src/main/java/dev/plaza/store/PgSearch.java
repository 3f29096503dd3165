package dev.plaza.store;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.Identity;
import dev.plaza.core.search.ActivityHit;
import dev.plaza.core.search.PersonHit;
import dev.plaza.core.search.Search;
import dev.plaza.core.search.SearchCursor;
import dev.plaza.core.search.SearchFilter;
import dev.plaza.core.search.SearchQuery;
import dev.plaza.core.search.Snippet;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.postgresql.PGStatement;

/**
 * Search on the activity search vector and the trigram indexes of migration V17. Snippets come
 * from ts_headline with control characters as match marks; angle brackets travel as control
 * characters too, because ts_headline drops whatever looks like an HTML tag.
 */
final class PgSearch implements Search {

    private static final char START = '\u0001';
    private static final char STOP = '\u0002';
    /** Texts up to this long come back whole in their snippet; longer ones as up to two excerpts. */
    private static final int WHOLE_TEXT = 400;

    private static final String ACTIVITY_COLUMNS = """
            id, workspace_id, uri, platform, kind, author_identity_id, community_id, channel_id,
            conversation_id, at, text, language, in_reply_to_uri, target_uri, url""";

    /**
     * How many of the newest matches are ranked. Ranking reads every candidate's vector, so ranking
     * all matches of a common word in millions of posts would take seconds; the newest matches are
     * found along the (workspace, time) index and stay fast at any size.
     */
    static final int RANKED_WINDOW = 1_000;

    /** Up to this many matches, a search reads them all from the indexes rather than walking by time. */
    static final int RARE = 5_000;

    /**
     * How many of the newest activities a search looks at first. Where the window's matches would come
     * within {@link #WALK_BUDGET} activities at the rate seen there, the search walks at once: counting
     * a common word's matches in the index costs more than the walk (a second at ten million for three
     * common words, whose walk takes twelve milliseconds).
     */
    static final int SAMPLE = 2_000;
    static final int WALK_BUDGET = 100_000;

    private static final String HEADLINE = """
            translate(ts_headline(coalesce(public.plaza_search_config(hits.language), 'public.plaza_simple'),
                translate(translate(hits.text, chr(1) || chr(2) || chr(3) || chr(4), ''), '<>', chr(3) || chr(4)),
                q.highlight,
                'StartSel=' || chr(1) || ', StopSel=' || chr(2) || CASE WHEN length(hits.text) <= :whole
                    THEN ', HighlightAll=true' ELSE ', MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "' END),
              chr(3) || chr(4), '<>') AS snippet""";

    private static final String IDENTITY_TEXT =
            "lower((i.handle || ' ' || i.display_name || ' ' || i.stable_id) COLLATE pg_c_utf8)";

    private static final StatementCustomizer PLANNED_WITH_VALUES = new StatementCustomizer() {
        @Override
        public void beforeExecution(PreparedStatement statement, StatementContext ctx) throws SQLException {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    };

    private final Jdbi jdbi;
    private final Optional<Integer> rare;

    PgSearch(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.rare = Optional.empty();
    }

    /**
     * A search that reads from the indexes up to {@code rare} matches and walks by time beyond, without
     * looking at the newest activities first: tests use it to take either path.
     */
    PgSearch(Jdbi jdbi, int rare) {
        this.jdbi = jdbi;
        this.rare = Optional.of(rare);
    }

    @Override
    public Page<ActivityHit> activities(long workspaceId, SearchQuery query, SearchFilter filter, PageRequest page) {
        SearchSql search = new SearchSql(query);
        return jdbi.inTransaction(h -> {
            // starting parallel workers took 40 ms of a 45 ms search for a word no post has
            h.execute("SET LOCAL max_parallel_workers_per_gather = 0");
            Optional<List<Found>> fewMatches = rare.isPresent() || !walksQuickly(h, workspaceId, search, filter)
                    ? fromIndexes(h, workspaceId, search, filter, page, rare.orElse(RARE)) : Optional.empty();
            List<Found> rows = fewMatches.isPresent() ? fewMatches.get() : found(h, workspaceId, search, filter, page, Optional.empty());
            Map<Long, Identity> authors = identities(h, rows.stream().map(r -> r.activity().authorIdentityId()).toList());
            return page(rows, page, Found::rank, r -> r.activity().id())
                    .map(r -> new ActivityHit(r.activity(), authors.get(r.activity().authorIdentityId()), r.snippet(),
                            r.rank()));
        });
    }

    /**
     * The page from all the search's matches, read from the indexes, if there are fewer than
     * {@code bound}: a rare word's or a handle's few matches come from a bitmap of the indexes, and are
     * sorted. Empty when there are more: a common word's newest matches come sooner by walking. The
     * matches are taken without order, or the planner would walk in time order for a word it cannot
     * tell is rare (one it has never seen, or an author's posts).
     */
    private static Optional<List<Found>> fromIndexes(Handle h, long workspaceId, SearchSql search, SearchFilter filter,
            PageRequest page, int bound) {
        List<Found> rows = found(h, workspaceId, search, filter, page, Optional.of(bound));
        if (rows.isEmpty()) {
            // on a first page, no hit means no match; past it, the matches' count came with no row
            return page.cursor().isEmpty() ? Optional.of(rows) : Optional.empty();
        }
        return rows.getFirst().matched() < bound ? Optional.of(rows) : Optional.empty();
    }

    /** The page of hits: from up to {@code bound} matches read from the indexes if given, else by walking the newest. */
    private static List<Found> found(Handle h, long workspaceId, SearchSql search, SearchFilter filter, PageRequest page,
            Optional<Integer> bound) {
        StringBuilder sql = queries(search).append(", ");
        if (bound.isPresent()) {
            sql.append("matches AS MATERIALIZED (");
            appendMatches(sql, "a.id, a.at", search, filter);
            sql.append(" LIMIT :bound), candidates AS (SELECT ").append(prefixed("a.")).append(", a.search_vector FROM (SELECT id")
                    .append(" FROM matches ORDER BY at DESC, id DESC LIMIT :window) m JOIN activity a ON a.id = m.id");
        } else {
            sql.append("candidates AS (");
            appendMatches(sql, search, filter);
        }
        sql.append(" ORDER BY a.at DESC, a.id DESC LIMIT :window), ranked AS (SELECT ").append(prefixed("c."))
                .append(", ts_rank(c.search_vector, q.query) AS rank FROM candidates c, q), shown AS (SELECT * FROM ranked r");
        page.cursor().ifPresent(c -> sql.append(" WHERE (r.rank, r.id) < (:rank, :id)"));
        sql.append(" ORDER BY r.rank DESC, r.id DESC LIMIT :limit) SELECT hits.*, ").append(HEADLINE)
                .append(bound.isPresent() ? ", (SELECT count(*) FROM matches) AS matched" : ", 0 AS matched")
                .append(" FROM shown hits, q ORDER BY hits.rank DESC, hits.id DESC");
        Query statement = bound(h.createQuery(sql.toString()), workspaceId, search, filter)
                .bind("limit", page.limit() + 1).bind("whole", WHOLE_TEXT).bind("window", RANKED_WINDOW);
        bound.ifPresent(b -> statement.bind("bound", b));
        bindCursor(statement, page);
        return statement.map((rs, ctx) -> new Found(Rows.ACTIVITY.map(rs, ctx), Snippet.marked(rs.getString("snippet"), START, STOP),
                rs.getFloat("rank"), rs.getLong("matched"))).list();
    }

    @Override
    public Page<PersonHit> people(long workspaceId, String text, PageRequest page) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("search people by at least one character of a name or handle");
        }
        String sql = """
                SELECT found.*, m.score FROM (%1$s
                    WHERE p.workspace_id = :w AND p.merged_into IS NULL
                      AND (lower(p.display_name COLLATE pg_c_utf8) LIKE lower(:pattern COLLATE pg_c_utf8) ESCAPE '!'
                           OR p.id IN (SELECT i.person_id FROM identity i WHERE i.workspace_id = :w
                                       AND %2$s LIKE lower(:pattern COLLATE pg_c_utf8) ESCAPE '!'))) found
                CROSS JOIN LATERAL (SELECT greatest(
                    word_similarity(lower(:text COLLATE pg_c_utf8), lower(found.display_name COLLATE pg_c_utf8)),
                    (SELECT coalesce(max(word_similarity(lower(:text COLLATE pg_c_utf8), %2$s)), 0)
                     FROM identity i WHERE i.person_id = found.id)) AS score) m
                %3$s
                ORDER BY m.score DESC, found.id DESC LIMIT :limit""".formatted(PgPeople.PERSON_FROM, IDENTITY_TEXT,
                page.cursor().isPresent() ? "WHERE (m.score, found.id) < (:rank, :id)" : "");
        return jdbi.withHandle(h -> {
            Query statement = h.createQuery(sql).bind("w", workspaceId).bind("limit", page.limit() + 1)
                    .bind("text", stripped).bind("pattern", "%" + LikePatterns.escape(stripped) + "%");
            bindCursor(statement, page);
            List<PersonHit> rows = statement.map((rs, ctx) -> new PersonHit(Rows.PERSON.map(rs, ctx), List.of(),
                    rs.getFloat("score"))).list();
            Page<PersonHit> shown = page(rows, page, PersonHit::score, hit -> hit.person().id());
            return shown.map(hit -> new PersonHit(hit.person(), identitiesOf(h, hit.person().id()), hit.score()));
        });
    }

    /** Whether the newest {@link #SAMPLE} activities match often enough that walking meets the window soon. */
    private static boolean walksQuickly(Handle h, long workspaceId, SearchSql search, SearchFilter filter) {
        StringBuilder sql = queries(search).append(" SELECT count(*) FROM (SELECT * FROM activity a WHERE a.workspace_id = :w")
                .append(" ORDER BY a.at DESC, a.id DESC LIMIT :sample) a, q WHERE true").append(search.conditions());
        ActivityFilterSql.append(sql, filter.activity());
        SearchFilterSql.append(sql, filter);
        long hits = bound(h.createQuery(sql.toString()), workspaceId, search, filter).bind("sample", SAMPLE).mapTo(Long.class).one();
        return hits * WALK_BUDGET >= (long) RANKED_WINDOW * SAMPLE;
    }

    private static StringBuilder queries(SearchSql search) {
        return new StringBuilder("WITH q AS (SELECT ").append(search.matchQuery()).append(" AS query, ")
                .append(search.highlightQuery()).append(" AS highlight)");
    }

    private static void appendMatches(StringBuilder sql, SearchSql search, SearchFilter filter) {
        appendMatches(sql, prefixed("a.") + ", a.search_vector", search, filter);
    }

    private static void appendMatches(StringBuilder sql, String columns, SearchSql search, SearchFilter filter) {
        sql.append("SELECT ").append(columns).append(" FROM activity a, q WHERE a.workspace_id = :w")
                .append(search.conditions());
        ActivityFilterSql.append(sql, filter.activity());
        SearchFilterSql.append(sql, filter);
    }

    /**
     * Binds the search to the statement and has it planned with its values every time: a plan cached
     * for any values would call plaza_search_term on every row it looks at instead of once, and
     * could not tell a common word from a rare one.
     */
    private static Query bound(Query statement, long workspaceId, SearchSql search, SearchFilter filter) {
        statement.addCustomizer(PLANNED_WITH_VALUES);
        statement.bind("w", workspaceId);
        search.bind(statement);
        ActivityFilterSql.bind(statement, filter.activity());
        SearchFilterSql.bind(statement, filter);
        return statement;
    }

    private static String prefixed(String alias) {
        return Arrays.stream(ACTIVITY_COLUMNS.split(",")).map(c -> alias + c.strip()).collect(Collectors.joining(", "));
    }

    /** A hit, and how many matches the indexes gave (up to the bound; 0 when walking). */
    private record Found(Activity activity, Snippet snippet, float rank, long matched) {
    }

    private static void bindCursor(Query statement, PageRequest page) {
        page.cursor().map(SearchCursor::decode).ifPresent(c -> statement.bind("rank", c.rank()).bind("id", c.id()));
    }

    private static <T> Page<T> page(List<T> rows, PageRequest page, Function<T, Float> rank,
            Function<T, Long> id) {
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> shown = rows.subList(0, page.limit());
        T last = shown.get(shown.size() - 1);
        return new Page<>(shown, Optional.of(new SearchCursor(rank.apply(last), id.apply(last)).encode()));
    }

    private static Map<Long, Identity> identities(Handle h, List<Long> ids) {
        return h.createQuery("SELECT * FROM identity WHERE id = ANY(:ids)").bind("ids", ids.toArray(Long[]::new))
                .map(Rows.IDENTITY).stream().collect(Collectors.toMap(Identity::id, Function.identity()));
    }

    private static List<Identity> identitiesOf(Handle h, long personId) {
        return h.createQuery("SELECT * FROM identity WHERE person_id = :p ORDER BY platform, id")
                .bind("p", personId).map(Rows.IDENTITY).list();
    }
}
