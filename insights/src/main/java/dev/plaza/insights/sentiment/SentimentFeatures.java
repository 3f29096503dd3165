package dev.plaza.insights.sentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a post into the features the sentiment model weighs, hashed into {@link #BUCKETS} buckets so
 * that any word of any language has a place without a vocabulary: its words (turned around after a
 * negation) and word pairs, the character n-grams of its words (they carry a stem's feeling across
 * its inflections, in every script), and what the lexicons say of it — AFINN's positive and negative
 * sums, VADER's compound, the emoji's valence — besides its "!", "?", mentions and links.
 */
final class SentimentFeatures {

    static final int BUCKETS = 1 << 20;
    private static final int MIN_GRAM = 2;
    private static final int MAX_GRAM = 5;

    private final Afinn afinn;
    private final Vader vader;
    private final EmojiValence emoji;
    private final Negations negations;

    SentimentFeatures(Afinn afinn, Vader vader, EmojiValence emoji, Negations negations) {
        this.afinn = afinn;
        this.vader = vader;
        this.emoji = emoji;
        this.negations = negations;
    }

    static SentimentFeatures builtIn() {
        Negations negations = Negations.builtIn();
        return new SentimentFeatures(Afinn.builtIn(negations), Vader.builtIn(), EmojiValence.builtIn(), negations);
    }

    SparseVector of(String text) {
        List<String> tokens = PostTokenizer.tokens(text);
        Builder features = new Builder();
        words(tokens, features);
        characters(tokens, features);
        lexicons(text, tokens, features);
        return features.build();
    }

    private void words(List<String> tokens, Builder features) {
        boolean[] negated = negations.negated(tokens);
        int start = features.size();
        String previous = "<s>";
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            features.add(negated[i] ? "n|" + token : "w|" + token, 1);
            features.add("b|" + previous + ' ' + token, 1);
            previous = token;
        }
        features.add("b|" + previous + " </s>", 1);
        features.normalizeFrom(start);
    }

    private void characters(List<String> tokens, Builder features) {
        int start = features.size();
        for (String token : tokens) {
            if (token.startsWith("<") || !PostTokenizer.isWordChar(token.codePointAt(0))) {
                continue;
            }
            int[] points = ('\u0002' + token + '\u0003').codePoints().toArray();
            for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
                for (int i = 0; i + n <= points.length; i++) {
                    features.add("c|" + new String(points, i, n), 1);
                }
            }
        }
        features.normalizeFrom(start);
    }

    private void lexicons(String text, List<String> tokens, Builder features) {
        double[] sums = afinn.sums(tokens);
        features.add("#afinn+", (float) Math.min(1, sums[0] / 6));
        features.add("#afinn-", (float) Math.min(1, -sums[1] / 6));
        double compound = vader.compound(text);
        features.add("#vader", (float) compound);
        features.add(compound >= Vader.THRESHOLD ? "#vader:positive" : compound <= -Vader.THRESHOLD ? "#vader:negative"
                : "#vader:neutral", 1);
        double emojis = 0;
        int users = 0;
        int links = 0;
        for (String token : tokens) {
            emojis += emoji.valence(token);
            users += token.equals(PostTokenizer.USER) ? 1 : 0;
            links += token.equals(PostTokenizer.URL) ? 1 : 0;
        }
        features.add("#emoji", (float) Math.max(-1, Math.min(1, emojis)));
        features.add("#users", Math.min(3, users) / 3f);
        features.add("#links", Math.min(1, links));
        features.add("#length", (float) Math.min(1, tokens.size() / 40.0));
    }

    /** Collects features; {@link #normalizeFrom} scales a group to unit length, so long posts weigh like short ones. */
    private static final class Builder {
        private final List<Integer> indexes = new ArrayList<>();
        private final List<Float> values = new ArrayList<>();

        void add(String feature, float value) {
            indexes.add(bucket(feature));
            values.add(value);
        }

        int size() {
            return indexes.size();
        }

        void normalizeFrom(int start) {
            double norm = 0;
            for (int i = start; i < values.size(); i++) {
                norm += values.get(i) * values.get(i);
            }
            if (norm == 0) {
                return;
            }
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = start; i < values.size(); i++) {
                values.set(i, values.get(i) * scale);
            }
        }

        SparseVector build() {
            int[] idx = new int[indexes.size()];
            float[] vals = new float[values.size()];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = indexes.get(i);
                vals[i] = values.get(i);
            }
            return new SparseVector(idx, vals);
        }
    }

    /** MurmurHash3's finalizer over the string's hash: spreads near-identical features across the buckets. */
    static int bucket(String feature) {
        int h = feature.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & (BUCKETS - 1);
    }
}
