package dev.plaza.insights.advocacy;

import static dev.plaza.core.sentiment.Sentiment.NEGATIVE;
import static dev.plaza.core.sentiment.Sentiment.NEUTRAL;
import static dev.plaza.core.sentiment.Sentiment.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.advocacy.PostInContext;
import dev.plaza.core.sentiment.Sentiment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdvocacyDetectorTest {

    private final AdvocacyDetector detector = AdvocacyDetector.of(BrandNames.of(List.of("Fernhill Repair Café", "Fernhill",
            "@fernhill@plaza.example", "fernhill.bsky.social")));

    private AdvocacyReading read(String text, Sentiment sentiment) {
        return detector.read(new PostInContext(text, false, false, Optional.empty(), sentiment));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            You should try Fernhill, they fixed my bike in ten minutes     | You should try
            Switched to the Fernhill Repair Café last year and love it     | Switched to
            ich kann Fernhill nur empfehlen!                                | empfehlen
            Je recommande @fernhill@plaza.example à tout le monde           | Je recommande
            Te recomiendo fernhill.bsky.social para arreglar la bici        | Te recomiendo
            Ti consiglio Fernhill, bravissimi                               | Ti consiglio
            Recomendo demais o Fernhill                                     | Recomendo
            """)
    void wordsThatRecommendTheBrandAreARecommendation(String text, String cueStart) {
        AdvocacyReading reading = read(text, POSITIVE);

        assertThat(reading.advocacy()).isEqualTo(Advocacy.RECOMMENDATION);
        assertThat(reading.advocacy().isAdvocacy()).isTrue();
        assertThat(reading.evidence()).hasValueSatisfying(e -> assertThat(e).startsWith(cueStart));
    }

    @Test
    void answeringSomeoneElsesQuestionWithTheBrandIsAnAnswer() {
        AdvocacyReading reading = detector.read(new PostInContext("Fernhill on Harbour Street, every Saturday", false, false,
                Optional.of("Does anyone know where to get a bike fixed cheaply?"), NEUTRAL));

        assertThat(reading).isEqualTo(new AdvocacyReading(Advocacy.ANSWER, Optional.of("Fernhill")));
    }

    @Test
    void aReplyToTheBrandIsPromptedWhateverItSays() {
        assertThat(detector.read(new PostInContext("You should try Fernhill's new hours too", false, true, Optional.empty(), POSITIVE))
                .advocacy()).isEqualTo(Advocacy.REPLY_TO_BRAND);
    }

    @Test
    void theBrandsOwnPostsAreNotAdvocacy() {
        assertThat(detector.read(new PostInContext("I recommend Fernhill!", true, false, Optional.empty(), POSITIVE)))
                .isEqualTo(AdvocacyReading.NONE);
    }

    @Test
    void aNegativePostOrOneWithoutRecommendingWordsOnlyMentions() {
        assertThat(read("I would never recommend Fernhill, they lost my wheel", NEGATIVE))
                .isEqualTo(new AdvocacyReading(Advocacy.MENTION, Optional.of("Fernhill")));
        assertThat(read("Walked past Fernhill today", NEUTRAL).advocacy()).isEqualTo(Advocacy.MENTION);
        assertThat(detector.read(new PostInContext("Fernhill; no idea though", false, false,
                Optional.of("I went there; it was closed."), NEUTRAL)).advocacy()).as("a semicolon asks nothing").isEqualTo(Advocacy.MENTION);
    }

    @Test
    void aQuestionOrAMessageToTheBrandRecommendsNothing() {
        assertThat(read("Thinking about Fernhill's Commuter 7. Is it worth it over a regular bike?", NEUTRAL).advocacy())
                .isEqualTo(Advocacy.MENTION);
        assertThat(read("@fernhill@plaza.example I love it, you should try opening on Sundays", POSITIVE).advocacy())
                .as("written to the brand, not to others").isEqualTo(Advocacy.MENTION);
        assertThat(read("My neighbour asked me; you should try Fernhill, I said", POSITIVE).advocacy())
                .isEqualTo(Advocacy.RECOMMENDATION);
    }

    @Test
    void theBrandIsFoundOnlyAsAWholeNameOrHandle() {
        assertThat(read("You should try Fernhills bakery", POSITIVE)).isEqualTo(AdvocacyReading.NONE);
        assertThat(read("You should try fernhill.bsky.social.example", POSITIVE)).isEqualTo(AdvocacyReading.NONE);
        assertThat(read("You should try @fernhill!", POSITIVE).advocacy()).as("the handle without its server")
                .isEqualTo(Advocacy.RECOMMENDATION);
        assertThat(read("go with FERNHILL", POSITIVE).advocacy()).isEqualTo(Advocacy.RECOMMENDATION);
    }

    @Test
    void aBrandNeedsAName() {
        assertThatThrownBy(() -> BrandNames.of(List.of(" ", "x"))).hasMessageContaining("at least one name or handle");
    }
}
