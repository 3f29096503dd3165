package dev.plaza.core.alerts;

import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentDay;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Whether today's negative posts are a spike: more than {@value #MIN_POSTS}, more than the mean of the
 * {@value #BASELINE_DAYS} days before plus three standard deviations, and a share of all posts at least
 * ten points above theirs. Today counts from midnight UTC, so a spike is seen as it builds.
 */
public final class NegativeSpike {

    static final int BASELINE_DAYS = 28;
    static final int MIN_POSTS = 5;
    private static final double DEVIATIONS = 3;
    private static final double SHARE_ABOVE = 0.10;

    private NegativeSpike() {
    }

    /** The first day of the baseline for {@code today}: read the daily counts from there. */
    public static LocalDate baselineStart(LocalDate today) {
        return today.minusDays(BASELINE_DAYS);
    }

    public static Optional<Alert> detect(List<SentimentDay> days, LocalDate today) {
        long[] negative = new long[BASELINE_DAYS + 1];
        long[] all = new long[BASELINE_DAYS + 1];
        LocalDate first = baselineStart(today);
        for (SentimentDay day : days) {
            int index = (int) java.time.temporal.ChronoUnit.DAYS.between(first, day.day());
            if (index < 0 || index > BASELINE_DAYS) {
                continue;
            }
            all[index] += day.count();
            if (day.sentiment() == Sentiment.NEGATIVE) {
                negative[index] += day.count();
            }
        }
        double mean = 0;
        for (int d = 0; d < BASELINE_DAYS; d++) {
            mean += negative[d];
        }
        mean /= BASELINE_DAYS;
        double variance = 0;
        long baselineNegative = 0;
        long baselineAll = 0;
        for (int d = 0; d < BASELINE_DAYS; d++) {
            variance += (negative[d] - mean) * (negative[d] - mean);
            baselineNegative += negative[d];
            baselineAll += all[d];
        }
        double deviation = Math.sqrt(variance / BASELINE_DAYS);
        long todayNegative = negative[BASELINE_DAYS];
        double todayShare = all[BASELINE_DAYS] == 0 ? 0 : (double) todayNegative / all[BASELINE_DAYS];
        double baselineShare = baselineAll == 0 ? 0 : (double) baselineNegative / baselineAll;
        if (todayNegative < MIN_POSTS || todayNegative <= mean + DEVIATIONS * deviation || todayShare < baselineShare + SHARE_ABOVE) {
            return Optional.empty();
        }
        return Optional.of(new Alert(Alert.Kind.NEGATIVE_SPIKE, "negative-spike:" + today, today.atStartOfDay(ZoneOffset.UTC).toInstant(),
                "%d negative posts today (%.0f%% of %d), against %.1f a day and %.0f%% over the %d days before"
                        .formatted(todayNegative, 100 * todayShare, all[BASELINE_DAYS], mean, 100 * baselineShare, BASELINE_DAYS),
                Optional.empty()));
    }
}
