package dev.plaza.web.pages;

import dev.plaza.core.activity.DailyCount;
import dev.plaza.core.community.Platform;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Overview chart's data: activities per platform per week (a year of days is too spiky to
 * read), one series per platform that has any activity, in Chart.js's shape; a point opens the
 * activities behind it on the page at {@code path}, its week from {@code starts} to {@code ends}.
 */
public record ActivityChart(String path, List<String> labels, List<String> starts, List<String> ends, List<Series> series) {

    static final String PATH = "/activity";

    /** One platform's line: its key picks the colour, its label names it, {@code drill} lists its activities. */
    public record Series(String platform, String label, List<Long> data, Map<String, String> drill) {
    }

    public static final ActivityChart EMPTY = new ActivityChart(PATH, List.of(), List.of(), List.of(), List.of());

    public static ActivityChart weekly(List<DailyCount> counts, LocalDate from, LocalDate to) {
        Weeks weeks = Weeks.between(from, to);
        Map<Platform, long[]> perPlatform = new EnumMap<>(Platform.class);
        for (DailyCount count : counts) {
            if (weeks.contains(count.day())) {
                perPlatform.computeIfAbsent(count.platform(), p -> new long[weeks.count()])[weeks.indexOf(count.day())] += count.count();
            }
        }
        List<Series> series = perPlatform.entrySet().stream()
                .map(e -> new Series(e.getKey().key(), e.getKey().label(),
                        java.util.Arrays.stream(e.getValue()).boxed().toList(), Map.of("platform", e.getKey().key())))
                .toList();
        return new ActivityChart(PATH, weeks.labels(), weeks.starts(), weeks.ends(), series);
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }

    public long total() {
        return series.stream().flatMap(s -> s.data().stream()).mapToLong(Long::longValue).sum();
    }
}
