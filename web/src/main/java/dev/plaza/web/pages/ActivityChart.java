package dev.plaza.web.pages;

import dev.plaza.core.activity.DailyCount;
import dev.plaza.core.community.Platform;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Overview chart's data: activities per platform per week (a year of days is too spiky to
 * read), one series per platform that has any activity, in Chart.js's shape.
 */
public record ActivityChart(List<String> labels, List<Series> series) {

    /** One platform's line: its key picks the colour, its label names it. */
    public record Series(String platform, String label, List<Long> data) {
    }

    public static final ActivityChart EMPTY = new ActivityChart(List.of(), List.of());

    public static ActivityChart weekly(List<DailyCount> counts, LocalDate from, LocalDate to) {
        LocalDate firstWeek = weekOf(from);
        int weeks = (int) ChronoUnit.WEEKS.between(firstWeek, weekOf(to)) + 1;
        List<String> labels = new ArrayList<>(weeks);
        for (int w = 0; w < weeks; w++) {
            labels.add(firstWeek.plusWeeks(w).toString());
        }
        Map<Platform, long[]> perPlatform = new EnumMap<>(Platform.class);
        for (DailyCount count : counts) {
            if (count.day().isBefore(from) || count.day().isAfter(to)) {
                continue;
            }
            int week = (int) ChronoUnit.WEEKS.between(firstWeek, weekOf(count.day()));
            perPlatform.computeIfAbsent(count.platform(), p -> new long[weeks])[week] += count.count();
        }
        List<Series> series = perPlatform.entrySet().stream()
                .map(e -> new Series(e.getKey().key(), e.getKey().label(),
                        java.util.Arrays.stream(e.getValue()).boxed().toList()))
                .toList();
        return new ActivityChart(labels, series);
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }

    public long total() {
        return series.stream().flatMap(s -> s.data().stream()).mapToLong(Long::longValue).sum();
    }

    private static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
