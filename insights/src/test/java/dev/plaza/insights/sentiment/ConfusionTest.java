package dev.plaza.insights.sentiment;

import static dev.plaza.core.sentiment.Sentiment.NEGATIVE;
import static dev.plaza.core.sentiment.Sentiment.NEUTRAL;
import static dev.plaza.core.sentiment.Sentiment.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfusionTest {

    @Test
    void macroAveragesGiveEachClassTheSameWeight() {
        Confusion c = new Confusion();
        // 4 negative posts: 3 found, 1 called neutral; 2 neutral: both found; 4 positive: 2 found, 2 called negative
        for (int i = 0; i < 3; i++) {
            c.add(NEGATIVE, NEGATIVE);
        }
        c.add(NEGATIVE, NEUTRAL);
        c.add(NEUTRAL, NEUTRAL);
        c.add(NEUTRAL, NEUTRAL);
        c.add(POSITIVE, POSITIVE);
        c.add(POSITIVE, POSITIVE);
        c.add(POSITIVE, NEGATIVE);
        c.add(POSITIVE, NEGATIVE);

        // recalls 3/4, 2/2, 2/4; precisions 3/5, 2/3, 2/2
        assertThat(c.macroRecall()).isCloseTo((0.75 + 1 + 0.5) / 3, within(1e-12));
        double f1Negative = 2 * 0.6 * 0.75 / (0.6 + 0.75);
        double f1Neutral = 2 * (2 / 3.0) / (2 / 3.0 + 1);
        double f1Positive = 2 * 0.5 / 1.5;
        assertThat(c.macroF1()).isCloseTo((f1Negative + f1Neutral + f1Positive) / 3, within(1e-12));
        assertThat(c.total()).isEqualTo(10);
    }

    @Test
    void aClassNeverPredictedCountsZero() {
        Confusion c = new Confusion();
        c.add(POSITIVE, NEUTRAL);
        c.add(NEUTRAL, NEUTRAL);

        assertThat(c.macroRecall()).isCloseTo(1 / 3.0, within(1e-12));
    }
}
