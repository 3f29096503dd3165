package dev.plaza.web.pages;

import dev.plaza.core.engagement.EngagementLevel;
import dev.plaza.core.engagement.EngagementMonth;
import dev.plaza.core.engagement.Movement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/** The Engagement page's monthly charts: people at each level, and who moved up, down or arrived. */
public record EngagementCharts(DashboardChart levels, DashboardChart movement) {

    static final String PEOPLE = "/engagement/people";
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** @param months the months with activity, in order, from {@code from} to {@code to} (first days) */
    static EngagementCharts of(List<EngagementMonth> months, LocalDate from, LocalDate to) {
        List<LocalDate> span = new ArrayList<>();
        for (LocalDate month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            span.add(month);
        }
        Monthly monthly = new Monthly(span, months);
        return new EngagementCharts(
                monthly.chart("bar", Arrays.stream(EngagementLevel.values()).map(level -> monthly.series(
                        "level-" + level.number(), level.plural(), m -> m.people(level), Map.of("level", Integer.toString(level.number()))))
                        .toList()),
                monthly.chart("line", List.of(
                        monthly.series("moved-up", "Moved closer", EngagementMonth::movedUp, Map.of("moved", Movement.UP.key())),
                        monthly.series("moved-down", "Moved away", EngagementMonth::movedDown, Map.of("moved", Movement.DOWN.key())),
                        monthly.series("newcomers", "Newcomers", EngagementMonth::newcomers, null))));
    }

    private record Monthly(List<LocalDate> span, List<EngagementMonth> months) {

        DashboardChart.Series series(String key, String label, ToLongFunction<EngagementMonth> measure, Map<String, String> drill) {
            List<Double> data = new ArrayList<>();
            for (LocalDate month : span) {
                data.add((double) months.stream().filter(m -> m.month().equals(month)).mapToLong(measure).sum());
            }
            return new DashboardChart.Series(key, label, data, drill);
        }

        DashboardChart chart(String type, List<DashboardChart.Series> series) {
            return new DashboardChart(type, "month", false, PEOPLE, span.stream().map(LABEL::format).toList(),
                    span.stream().map(LocalDate::toString).toList(),
                    span.stream().map(m -> m.plusMonths(1).minusDays(1).toString()).toList(), series);
        }
    }
}
