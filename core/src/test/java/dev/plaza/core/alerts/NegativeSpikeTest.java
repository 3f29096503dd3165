package dev.plaza.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.community.Platform;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegativeSpikeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    /** A quiet month (2 negative and 20 other posts a day, 3 negative on odd days), then today. */
    private static List<SentimentDay> monthThen(long negativeToday, long othersToday) {
        List<SentimentDay> days = new ArrayList<>();
        for (int d = 1; d <= 28; d++) {
            LocalDate day = TODAY.minusDays(d);
            days.add(new SentimentDay(day, Platform.FEDIVERSE, Sentiment.NEGATIVE, d % 2 == 0 ? 2 : 3));
            days.add(new SentimentDay(day, Platform.FEDIVERSE, Sentiment.POSITIVE, 20));
        }
        days.add(new SentimentDay(TODAY, Platform.FEDIVERSE, Sentiment.NEGATIVE, negativeToday));
        days.add(new SentimentDay(TODAY, Platform.BLUESKY, Sentiment.NEUTRAL, othersToday));
        return days;
    }

    @Test
    void manyMoreNegativePostsThanUsualAreASpike() {
        var alert = NegativeSpike.detect(monthThen(15, 20), TODAY);

        assertThat(alert).hasValueSatisfying(a -> {
            assertThat(a.kind()).isEqualTo(Alert.Kind.NEGATIVE_SPIKE);
            assertThat(a.key()).isEqualTo("negative-spike:2026-06-30");
            assertThat(a.summary()).startsWith("15 negative posts today (43% of 35), against 2.5 a day and 11%");
        });
    }

    @Test
    void anOrdinaryDayOrAFewPostsAreNot() {
        assertThat(NegativeSpike.detect(monthThen(3, 20), TODAY)).isEmpty();
        assertThat(NegativeSpike.detect(monthThen(4, 0), TODAY)).as("below the minimum").isEmpty();
        assertThat(NegativeSpike.detect(monthThen(15, 200), TODAY)).as("a busy day whose share is as usual").isEmpty();
    }

    @Test
    void aNewCommunityWithoutHistoryNeedsOnlyTheMinimumAndTheShare() {
        var today = List.of(new SentimentDay(TODAY, Platform.FEDIVERSE, Sentiment.NEGATIVE, 6),
                new SentimentDay(TODAY, Platform.FEDIVERSE, Sentiment.POSITIVE, 4));

        assertThat(NegativeSpike.detect(today, TODAY)).isPresent();
    }
}
