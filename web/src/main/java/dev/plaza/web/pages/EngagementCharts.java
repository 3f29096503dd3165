package dev.plaza.web.pages;

import dev.plaza.core.engagement.EngagementLevel;
import dev.plaza.core.engagement.EngagementMonth;
import dev.plaza.core.engagement.Movement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** The Engagement page's monthly charts: people at each level, and who moved up, down or arrived, each bar or point opening its people. */
public record EngagementCharts(DashboardChart levels, DashboardChart movement) {

    static final String PEOPLE = "/engagement/people";

    /** @param months the months with activity, in order, from {@code from} to {@code to} (first days) */
    static EngagementCharts of(List<EngagementMonth> months, LocalDate from, LocalDate to) {
        MonthlyChart monthly = MonthlyChart.between(from, to, PEOPLE);
        java.util.function.Function<ToLongFunction<EngagementMonth>, ToLongFunction<LocalDate>> of = measure -> month -> months.stream()
                .filter(m -> m.month().equals(month)).mapToLong(measure).sum();
        return new EngagementCharts(
                monthly.chart("bar", Arrays.stream(EngagementLevel.values()).map(level -> monthly.series("level-" + level.number(),
                        level.plural(), of.apply(m -> m.people(level)), Map.of("level", Integer.toString(level.number())))).toList()),
                monthly.chart("line", List.of(
                        monthly.series("moved-up", "Moved closer", of.apply(EngagementMonth::movedUp), Map.of("moved", Movement.UP.key())),
                        monthly.series("moved-down", "Moved away", of.apply(EngagementMonth::movedDown), Map.of("moved", Movement.DOWN.key())),
                        monthly.series("newcomers", "Newcomers", of.apply(EngagementMonth::newcomers),
                                Map.of("moved", Movement.ARRIVED.key())))));
    }
}
