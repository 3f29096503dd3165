package dev.plaza.core.scoring;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.sentiment.SentimentScore;

/** What scoring found in a post. */
public record PostScore(SentimentScore sentiment, AdvocacyReading advocacy) {

    public PostScore {
        requireNonNull(sentiment, "sentiment");
        requireNonNull(advocacy, "advocacy");
    }
}
