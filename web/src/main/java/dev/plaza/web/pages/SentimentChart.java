package dev.plaza.web.pages;

import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentDay;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The Overview's sentiment chart: the community's posts per week in each class, all platforms
 * together, in Chart.js's shape (one series per class, negative first).
 */
public record SentimentChart(List<String> labels, List<Series> series) {

    /** One class's bars: its key picks the colour, its label names it. */
    public record Series(String sentiment, String label, List<Long> data) {
    }

    public static final SentimentChart EMPTY = new SentimentChart(List.of(), List.of());

    public static SentimentChart weekly(List<SentimentDay> days, LocalDate from, LocalDate to) {
        Weeks weeks = Weeks.between(from, to);
        long[][] counts = new long[Sentiment.values().length][weeks.count()];
        boolean any = false;
        for (SentimentDay day : days) {
            if (weeks.contains(day.day())) {
                counts[day.sentiment().ordinal()][weeks.indexOf(day.day())] += day.count();
                any = true;
            }
        }
        if (!any) {
            return EMPTY;
        }
        List<Series> series = Arrays.stream(Sentiment.values())
                .map(s -> new Series(s.key(), label(s), Arrays.stream(counts[s.ordinal()]).boxed().toList())).toList();
        return new SentimentChart(weeks.labels(), series);
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }

    /** How many posts of {@code sentiment} the chart counts. */
    public long total(Sentiment sentiment) {
        return series.stream().filter(s -> s.sentiment().equals(sentiment.key()))
                .flatMap(s -> s.data().stream()).mapToLong(Long::longValue).sum();
    }

    /** The share of the chart's posts that are {@code sentiment}, in percent, rounded. */
    public long percent(Sentiment sentiment) {
        long all = Arrays.stream(Sentiment.values()).mapToLong(this::total).sum();
        return all == 0 ? 0 : Math.round(100.0 * total(sentiment) / all);
    }

    private static String label(Sentiment s) {
        return s.key().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.key().substring(1);
    }
}
