package dev.plaza.store;

import dev.plaza.core.engagement.Cohort;
import dev.plaza.core.engagement.Engagement;
import dev.plaza.core.engagement.EngagementLevel;
import dev.plaza.core.engagement.EngagementMonth;
import dev.plaza.core.engagement.LevelFlow;
import dev.plaza.core.engagement.Movement;
import dev.plaza.core.engagement.PersonEngagement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Engagement on PostgreSQL (V29): kept by {@link EngagementPass}, read here a month or a person at a time. */
final class PgEngagement implements Engagement {

    private static final RowMapper<PersonEngagement> PERSON = (rs, ctx) -> new PersonEngagement(rs.getLong("person_id"),
            rs.getString("display_name"), rs.getObject("month", LocalDate.class), EngagementLevel.ofNumber(rs.getInt("level")),
            rs.getDouble("love"), rs.getLong("reach"));

    private final Jdbi jdbi;

    PgEngagement(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int recompute(long workspaceId, boolean everyMonth) {
        return jdbi.inTransaction(h -> {
            // one pass at a time per workspace: two would read the same months and write them twice
            h.createQuery("SELECT pg_advisory_xact_lock(hashtext('engagement'), :w::int)").bind("w", workspaceId).mapTo(String.class).one();
            return new EngagementPass(h, workspaceId).run(everyMonth);
        });
    }

    @Override
    public List<EngagementMonth> months(long workspaceId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> {
            Map<LocalDate, Map<EngagementLevel, Long>> levels = new LinkedHashMap<>();
            Map<LocalDate, long[]> moves = new LinkedHashMap<>();
            h.createQuery("""
                            SELECT month, from_level, to_level, people FROM engagement_flow
                            WHERE workspace_id = :w AND month BETWEEN :from AND :to""")
                    .bind("w", workspaceId).bind("from", from).bind("to", to)
                    .map((rs, ctx) -> new LevelFlow(rs.getObject("month", LocalDate.class), level(rs.getInt("from_level")),
                            level(rs.getInt("to_level")), rs.getLong("people")))
                    .forEach(flow -> {
                        flow.to().ifPresent(l -> levels.computeIfAbsent(flow.month(), m -> new EnumMap<>(EngagementLevel.class))
                                .merge(l, flow.people(), Long::sum));
                        long[] upDown = moves.computeIfAbsent(flow.month(), m -> new long[2]);
                        upDown[0] += flow.up() ? flow.people() : 0;
                        upDown[1] += flow.down() ? flow.people() : 0;
                    });
            return h.createQuery("SELECT * FROM engagement_month WHERE workspace_id = :w AND month BETWEEN :from AND :to ORDER BY month")
                    .bind("w", workspaceId).bind("from", from).bind("to", to)
                    .map((rs, ctx) -> {
                        LocalDate month = rs.getObject("month", LocalDate.class);
                        long[] upDown = moves.getOrDefault(month, new long[2]);
                        return new EngagementMonth(month, levels.getOrDefault(month, Map.of()), upDown[0], upDown[1], rs.getLong("active"),
                                rs.getLong("newcomers"), rs.getLong("turned_to_brand"), rs.getLong("answered_by_brand"),
                                rs.getLong("to_brand"), rs.getLong("from_brand"), Optional.ofNullable(rs.getObject("median_response_seconds"))
                                        .map(seconds -> java.time.Duration.ofSeconds(Math.round(((Number) seconds).doubleValue()))));
                    })
                    .list();
        });
    }

    @Override
    public List<LevelFlow> flows(long workspaceId, LocalDate month) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT from_level, to_level, people FROM engagement_flow WHERE workspace_id = :w AND month = :m
                        ORDER BY from_level, to_level""")
                .bind("w", workspaceId).bind("m", month)
                .map((rs, ctx) -> new LevelFlow(month, level(rs.getInt("from_level")), level(rs.getInt("to_level")), rs.getLong("people")))
                .list());
    }

    @Override
    public List<Cohort> cohorts(long workspaceId, LocalDate from, LocalDate to) {
        Map<LocalDate, List<Long>> cohorts = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT cohort, month, people FROM retention_cohort
                        WHERE workspace_id = :w AND cohort BETWEEN :from AND :to AND month <= :to ORDER BY cohort, month""")
                .bind("w", workspaceId).bind("from", from).bind("to", to)
                .map((rs, ctx) -> new Object[] {rs.getObject("cohort", LocalDate.class), rs.getObject("month", LocalDate.class),
                        rs.getLong("people")})
                .forEach(row -> {
                    LocalDate cohort = (LocalDate) row[0];
                    int offset = (int) ChronoUnit.MONTHS.between(cohort, (LocalDate) row[1]);
                    List<Long> active = cohorts.computeIfAbsent(cohort, c -> {
                        List<Long> months = new ArrayList<>();
                        for (int m = 0; m <= ChronoUnit.MONTHS.between(c, to); m++) {
                            months.add(0L);
                        }
                        return months;
                    });
                    active.set(offset, (Long) row[2]);
                }));
        return cohorts.entrySet().stream().map(e -> new Cohort(e.getKey(), e.getValue())).toList();
    }

    @Override
    public List<PersonEngagement> gravity(long workspaceId, LocalDate month, Optional<EngagementLevel> level, Optional<Movement> moved,
                                          int limit) {
        // l: the row shown; o: the same person in the other month, which says how they moved
        String rows = moved.map(m -> switch (m) {
            case UP -> """
                    LEFT JOIN engagement_level o ON o.workspace_id = l.workspace_id AND o.month = :previous AND o.person_id = l.person_id
                    WHERE l.workspace_id = :w AND l.month = :m AND (o.level IS NULL OR l.level < o.level)""";
            case DOWN -> """
                    LEFT JOIN engagement_level o ON o.workspace_id = l.workspace_id AND o.month = :m AND o.person_id = l.person_id
                    WHERE l.workspace_id = :w AND l.month = :previous AND (o.level IS NULL OR o.level > l.level)""";
            case ARRIVED -> """
                    WHERE l.workspace_id = :w AND l.month = :m
                      AND (SELECT min(f.month) FROM person_month f WHERE f.person_id = l.person_id AND f.workspace_id = :w) = :m""";
        }).orElse("WHERE l.workspace_id = :w AND l.month = :m");
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT l.*, p.display_name FROM engagement_level l JOIN person p ON p.id = l.person_id
                        %s AND (:level = 0 OR l.level = :level)
                        ORDER BY l.love * greatest(l.reach, 1) DESC, l.person_id LIMIT :limit""".formatted(rows))
                .bind("w", workspaceId).bind("m", month).bind("previous", month.minusMonths(1))
                .bind("level", level.map(EngagementLevel::number).orElse(0)).bind("limit", limit).map(PERSON).list());
    }

    @Override
    public List<PersonEngagement> ofPerson(long workspaceId, long personId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT l.*, p.display_name FROM engagement_level l JOIN person p ON p.id = l.person_id
                        WHERE l.person_id = :p AND l.workspace_id = :w AND l.month BETWEEN :from AND :to ORDER BY l.month""")
                .bind("w", workspaceId).bind("p", personId).bind("from", from).bind("to", to).map(PERSON).list());
    }

    @Override
    public Optional<LocalDate> latestMonth(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT max(month) FROM engagement_month WHERE workspace_id = :w")
                .bind("w", workspaceId).mapTo(LocalDate.class).findOne());
    }

    private static Optional<EngagementLevel> level(int number) {
        return number == 0 ? Optional.empty() : Optional.of(EngagementLevel.ofNumber(number));
    }
}
