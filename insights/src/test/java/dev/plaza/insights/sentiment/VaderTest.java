package dev.plaza.insights.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VaderTest {

    private static final Vader VADER = Vader.builtIn();

    /** Compound scores printed by the reference implementation (npm vader-sentiment 1.1.3) for the same sentences. */
    @ParameterizedTest
    @CsvSource(delimiter = '\t', textBlock = """
            VADER is smart, handsome, and funny.	0.8316
            VADER is not smart, handsome, nor funny.	-0.7424
            VADER is VERY SMART, handsome, and FUNNY!!!	0.9342
            The book was kind of good.	0.3832
            At least it isn't a horrible book.	0.431
            Today SUX!	-0.5461
            The plot was good, but the characters are uncompelling and the dialog is not great.	-0.7042
            Make sure you :) or :D today!	0.8633
            Not bad at all	-0.5423
            I never so loved a release	0.7776
            yeah right, that went well	0.5106
            It is the shit	0.6124
            """)
    void scoresAsTheReferenceImplementation(String text, double compound) {
        assertThat(VADER.compound(text)).isCloseTo(compound, within(0.0001));
    }
}
