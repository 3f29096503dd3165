package dev.plaza.store;

import dev.plaza.core.community.Platform;
import dev.plaza.core.measures.MeasureDay;
import dev.plaza.core.measures.MeasureFilter;
import dev.plaza.core.measures.MeasuredPost;
import dev.plaza.core.measures.Measures;
import dev.plaza.core.measures.Scope;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.sentiment.Sentiment;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** The dashboards' measures on PostgreSQL (V26): one row per scope and day, kept by {@link MeasureCounts}. */
final class PgMeasures implements Measures {

    private final Jdbi jdbi;

    PgMeasures(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<MeasureDay> daily(long workspaceId, Scope scope, LocalDate from, LocalDate to) {
        return daily(workspaceId, List.of(scope), from, to).getOrDefault(scope, List.of());
    }

    @Override
    public Page<MeasuredPost> posts(long workspaceId, MeasureFilter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder("""
                SELECT a.*, i.person_id, i.display_name AS author_name, i.handle AS author_handle,
                       s.sentiment, s.confidence, v.advocacy
                FROM activity a
                JOIN activity_sentiment s ON s.activity_id = a.id
                JOIN identity i ON i.id = a.author_identity_id
                LEFT JOIN activity_advocacy v ON v.activity_id = a.id
                WHERE a.workspace_id = :w""");
        MeasureFilterSql.append(sql, filter);
        sql.append(" AND ").append(Keyset.after(page, "a.at", "a.id")).append(" ORDER BY a.at DESC, a.id DESC LIMIT :limit");
        List<MeasuredPost> rows = SerialReads.read(jdbi, h -> {
            Query query = h.createQuery(sql.toString()).bind("w", workspaceId).bind("limit", page.limit() + 1)
                    .bind("cursorAt", Rows.timestamp(Keyset.cursorAt(page))).bind("cursorId", Keyset.cursorId(page));
            MeasureFilterSql.bind(query, filter);
            return query.map((rs, ctx) -> new MeasuredPost(Rows.ACTIVITY.map(rs, ctx), rs.getLong("person_id"),
                    rs.getString("author_name"), rs.getString("author_handle"), Sentiment.values()[rs.getInt("sentiment")],
                    Math.min(1, Math.max(0, rs.getFloat("confidence"))),
                    Rows.optionalLong(rs, "advocacy").map(v -> PgAdvocates.STORED.get(v.intValue())))).list();
        });
        return Keyset.page(rows, page, p -> p.activity().at(), p -> p.activity().id());
    }

    /** One row of a breakdown by platform and class: what the caller makes of a day, platform, class and count. */
    interface PlatformRow<C, T> {
        T of(LocalDate day, Platform platform, C value, long count);
    }

    /**
     * Each platform's days broken down by the classes {@code values} (those counted at all), by day: the
     * sentiment and advocacy breakdowns by platform read them so.
     */
    <C, T> List<T> byPlatform(long workspaceId, LocalDate from, LocalDate to, List<C> values,
                              java.util.function.BiFunction<MeasureDay, C, Long> count, PlatformRow<C, T> row) {
        List<Map.Entry<LocalDate, T>> rows = new java.util.ArrayList<>();
        daily(workspaceId, Arrays.stream(Platform.values()).<Scope>map(Scope.OfPlatform::new).toList(), from, to)
                .forEach((scope, measured) -> measured.forEach(day -> values.forEach(value -> {
                    long n = count.apply(day, value);
                    if (n > 0) {
                        rows.add(Map.entry(day.day(), row.of(day.day(), ((Scope.OfPlatform) scope).platform(), value, n)));
                    }
                })));
        rows.sort(Map.Entry.comparingByKey());
        return rows.stream().map(Map.Entry::getValue).toList();
    }

    private Map<Scope, List<MeasureDay>> daily(long workspaceId, Collection<Scope> scopes, LocalDate from, LocalDate to) {
        Map<Scope, List<MeasureDay>> days = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT * FROM measure_daily
                        WHERE workspace_id = :w AND scope = ANY(:scopes) AND day BETWEEN :from AND :to
                          AND negative + neutral + positive > 0
                        ORDER BY scope, day""")
                .bind("w", workspaceId).bind("scopes", scopes.stream().map(Scope::key).toArray(String[]::new))
                .bind("from", from).bind("to", to)
                .map((rs, ctx) -> Map.entry(Scope.parse(rs.getString("scope")), new MeasureDay(rs.getObject("day", LocalDate.class),
                        rs.getLong("negative"), rs.getLong("neutral"), rs.getLong("positive"), rs.getLong("recommendations"),
                        rs.getLong("answers"), rs.getLong("replies_to_brand"), rs.getLong("mentions"), rs.getLong("brand_replies"),
                        rs.getLong("goal_posts"), rs.getLong("goal_brand_posts"))))
                .forEach(e -> days.computeIfAbsent(e.getKey(), s -> new java.util.ArrayList<>()).add(e.getValue())));
        return days;
    }
}
