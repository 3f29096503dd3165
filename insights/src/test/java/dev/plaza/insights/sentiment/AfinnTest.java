package dev.plaza.insights.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AfinnTest {

    private final Afinn afinn = Afinn.builtIn(Negations.builtIn());

    private double score(String text) {
        return afinn.score(PostTokenizer.tokens(text));
    }

    @Test
    void sumsTheValencesOfItsWords() {
        // AFINN-165: love +3, awful -3, good +3
        assertThat(score("I love it")).isEqualTo(3);
        assertThat(score("awful, just awful")).isEqualTo(-6);
        assertThat(score("the sky is blue")).isZero();
    }

    @Test
    void aNegationTurnsTheNextWordsAround() {
        assertThat(score("this is not nice")).isEqualTo(-3);
        assertThat(score("not here. nice")).isEqualTo(3);
    }

    @Test
    void aListedPhraseWinsOverItsWords() {
        // AFINN-165 lists "not good" itself, at -2
        assertThat(score("this is not good")).isEqualTo(-2);
    }

    @Test
    void readsTheTranslationsAndTheirPhrases() {
        assertThat(score("Das ist nicht gut")).isNegative();
        assertThat(score("C'est magnifique")).isPositive();
        assertThat(score("Tutti a bordo")).isPositive();
    }
}
