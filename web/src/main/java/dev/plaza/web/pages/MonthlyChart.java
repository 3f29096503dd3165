package dev.plaza.web.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/** Charts with a point per month from one to another (first days), whose points open what is behind them at {@code path}. */
record MonthlyChart(List<LocalDate> months, String path) {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    static MonthlyChart between(LocalDate from, LocalDate to, String path) {
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return new MonthlyChart(months, path);
    }

    /** {@code drill}: the query parameters of what is behind a point, or null where a point opens nothing. */
    DashboardChart.Series series(String key, String label, ToLongFunction<LocalDate> valueOf, Map<String, String> drill) {
        return new DashboardChart.Series(key, label, months.stream().map(m -> (double) valueOf.applyAsLong(m)).toList(), drill);
    }

    DashboardChart chart(String type, List<DashboardChart.Series> series) {
        return new DashboardChart(type, "month", false, path, months.stream().map(LABEL::format).toList(),
                months.stream().map(LocalDate::toString).toList(),
                months.stream().map(m -> m.plusMonths(1).minusDays(1).toString()).toList(), series);
    }
}
