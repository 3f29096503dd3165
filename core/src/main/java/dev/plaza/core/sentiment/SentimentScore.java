package dev.plaza.core.sentiment;

import java.util.Objects;

/**
 * A post's sentiment and how sure the classifier is of it: the probability it gave that class, from
 * a third (no idea) to 1.
 */
public record SentimentScore(Sentiment sentiment, double confidence) {

    public SentimentScore {
        Objects.requireNonNull(sentiment, "sentiment");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("a confidence is between 0 and 1, not " + confidence);
        }
    }
}
