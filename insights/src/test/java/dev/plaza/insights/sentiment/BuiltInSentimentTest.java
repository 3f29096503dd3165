package dev.plaza.insights.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.sentiment.Sentiment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The model Plaza ships, on posts it was not trained on. */
class BuiltInSentimentTest {

    private static final Path DATA = Path.of(System.getProperty("plaza.data", "../shared/data"), "sentiment");
    private static final TrainedSentiment MODEL = TrainedSentiment.builtIn();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Thank you so much, the new release is wonderful! 😍 | POSITIVE
            This update is terrible, it broke everything and I hate it | NEGATIVE
            Danke, das neue Update ist wirklich großartig!       | POSITIVE
            C'est nul, je suis vraiment déçu de ce service        | NEGATIVE
            ¡Me encanta! Muchas gracias por todo                   | POSITIVE
            """)
    void readsPlainFeelingsInSeveralLanguages(String text, Sentiment expected) {
        assertThat(MODEL.classify(text).sentiment()).isEqualTo(expected);
        assertThat(MODEL.classify(text).confidence()).isGreaterThan(1 / 3.0);
    }

    @Test
    void beatsBothLexiconsOnTheValidationPosts() {
        List<LabelledPosts> validation = LabelledPosts.findAll(DATA).stream().filter(p -> p.name().endsWith("val")).toList();
        SentimentEvaluation evaluation = new SentimentEvaluation(MODEL);
        java.util.Map<String, Confusion> overall = new java.util.HashMap<>();
        int seen = 0;
        for (LabelledPosts pair : validation) {
            SentimentEvaluation.Result result = evaluation.evaluate(pair);
            seen += result.seen();
            result.confusions().forEach((name, c) -> overall.computeIfAbsent(name, n -> new Confusion()).addAll(c));
        }

        assertThat(validation).hasSize(9);
        assertThat(seen).as("the English posts TweetEval's validation shares with XLM-T's training data").isGreaterThan(1_000);
        assertThat(overall.get("Plaza").macroF1()).isGreaterThan(0.58)
                .isGreaterThan(overall.get("AFINN").macroF1() + 0.05).isGreaterThan(overall.get("VADER").macroF1() + 0.05);
    }
}
