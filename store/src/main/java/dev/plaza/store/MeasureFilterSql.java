package dev.plaza.store;

import dev.plaza.core.measures.MeasureFilter;
import dev.plaza.core.measures.Scope;
import java.time.ZoneOffset;
import org.jdbi.v3.core.statement.Query;

/**
 * The conditions of a {@link MeasureFilter} on an activity {@code a}, its sentiment {@code s} and its
 * advocacy {@code v} (left joined), matching what {@link MeasureCounts} added up for each measure.
 */
final class MeasureFilterSql {

    private MeasureFilterSql() {
    }

    static void append(StringBuilder sql, MeasureFilter filter) {
        sql.append(" AND a.at >= :from AND a.at < :untilEnd");
        switch (filter.scope()) {
            case Scope.All all -> { }
            case Scope.OfPlatform p -> sql.append(" AND a.platform = :platform");
            case Scope.OfCommunity c -> sql.append(" AND a.community_id = :scopeId");
            case Scope.OfChannel c -> sql.append(" AND a.channel_id = :scopeId");
        }
        filter.personId().ifPresent(p -> sql.append(" AND a.author_identity_id IN (SELECT id FROM identity WHERE person_id = :person)"));
        filter.sentiment().ifPresent(s -> sql.append(" AND s.sentiment = :sentiment"));
        filter.advocacy().ifPresent(v -> sql.append(" AND v.advocacy = :advocacy"));
        filter.measured().ifPresent(m -> sql.append(switch (m) {
            case BRAND_REPLY -> " AND (s.counted & %d) <> 0".formatted(MeasureCounts.COUNTED_BRAND_REPLY);
            case GOAL -> " AND (s.counted & %d) <> 0".formatted(MeasureCounts.COUNTED_ON_GOAL);
            case GOAL_OF_BRAND -> " AND (s.counted & %d) <> 0 AND (v.activity_id IS NOT NULL OR (s.counted & %d) <> 0)"
                    .formatted(MeasureCounts.COUNTED_ON_GOAL, MeasureCounts.COUNTED_BY_BRAND);
        }));
    }

    static void bind(Query query, MeasureFilter filter) {
        query.bind("from", Rows.timestamp(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()))
                .bind("untilEnd", Rows.timestamp(filter.until().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        switch (filter.scope()) {
            case Scope.All all -> { }
            case Scope.OfPlatform p -> query.bind("platform", p.platform().key());
            case Scope.OfCommunity c -> query.bind("scopeId", c.communityId());
            case Scope.OfChannel c -> query.bind("scopeId", c.channelId());
        }
        filter.personId().ifPresent(p -> query.bind("person", p));
        filter.sentiment().ifPresent(s -> query.bind("sentiment", s.ordinal()));
        filter.advocacy().ifPresent(v -> query.bind("advocacy", PgAdvocates.STORED.indexOf(v)));
    }
}
