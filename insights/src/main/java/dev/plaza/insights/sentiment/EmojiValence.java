package dev.plaza.insights.sentiment;

import java.util.HashMap;
import java.util.Map;

/**
 * How each emoji feels, from the Emoji Sentiment Ranking (Kralj Novak et al., 2015): the share of
 * its 1.6 million labelled tweets that were positive less the share that were negative, shrunk
 * toward neutral for emoji seen in few of them.
 */
final class EmojiValence {

    private static final double PRIOR = 3;

    private final Map<String, Double> valences;

    private EmojiValence(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    static EmojiValence builtIn() {
        Map<String, Double> valences = new HashMap<>();
        for (String[] row : Lexicon.rows("emoji.tsv")) {
            double negative = Double.parseDouble(row[1]);
            double neutral = Double.parseDouble(row[2]);
            double positive = Double.parseDouble(row[3]);
            String emoji = String.join("", PostTokenizer.tokens(row[0]));
            if (!emoji.isEmpty()) {
                valences.put(emoji, (positive - negative) / (positive + neutral + negative + PRIOR));
            }
        }
        return new EmojiValence(valences);
    }

    /** In [-1, 1]; 0 for a token that is not a known emoji. */
    double valence(String token) {
        return valences.getOrDefault(token, 0.0);
    }
}
