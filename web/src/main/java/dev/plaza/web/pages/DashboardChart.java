package dev.plaza.web.pages;

import java.util.List;
import java.util.Map;

/**
 * One of a dashboard's charts in Chart.js's shape: a series per measure, and for each series the filter
 * that lists what is behind any of its points on the page at {@code path} (with the point's week or
 * month from {@code starts} to {@code ends}).
 *
 * @param type "bar" (stacked) or "line"
 * @param period "week" or "month": what a point covers
 * @param percent whether the values are percentages (null where there is nothing to divide)
 */
public record DashboardChart(String type, String period, boolean percent, String path, List<String> labels, List<String> starts,
                             List<String> ends, List<Series> series) {

    /** One measure's values; {@code drill} are the query parameters that list its posts. */
    public record Series(String key, String label, List<Double> data, Map<String, String> drill) {

        public long total() {
            return data.stream().filter(java.util.Objects::nonNull).mapToLong(Double::longValue).sum();
        }
    }

    public Series series(String key) {
        return series.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no series '%s' in this chart".formatted(key)));
    }
}
