package dev.plaza.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostToScore;
import dev.plaza.core.sentiment.Sentiment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlazaPostScorerTest {

    private final PlazaPostScorer scorer = PlazaPostScorer.builtIn();

    @Test
    void readsTheSentimentThenWhatThePostDoesForTheBrand() {
        PostScore score = scorer.score(new PostToScore(1, 1, "You should try Fernhill, I love it! Thank you so much", false, false,
                Optional.empty(), List.of("Fernhill", "@fernhill")));

        assertThat(score.sentiment().sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(score.advocacy().advocacy()).isEqualTo(Advocacy.RECOMMENDATION);
    }

    @Test
    void aNegativePostNamingTheBrandIsNoRecommendation() {
        PostScore score = scorer.score(new PostToScore(2, 1, "Never go with Fernhill, terrible service, I hate it", false, false,
                Optional.empty(), List.of("Fernhill")));

        assertThat(score.sentiment().sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(score.advocacy().advocacy()).isEqualTo(Advocacy.MENTION);
    }

    @Test
    void aWorkspaceWithoutNamesGetsSentimentAlone() {
        PostScore score = scorer.score(new PostToScore(3, 1, "You should try it", false, false, Optional.empty(), List.of(" ")));

        assertThat(score.advocacy().advocacy()).isEqualTo(Advocacy.NONE);
    }
}
