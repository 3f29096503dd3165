package dev.plaza.core.sentiment;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.Platform;
import java.time.LocalDate;

/** How many posts of one class were written on one platform on one day. */
public record SentimentDay(LocalDate day, Platform platform, Sentiment sentiment, long count) {

    public SentimentDay {
        requireNonNull(day, "day");
        requireNonNull(platform, "platform");
        requireNonNull(sentiment, "sentiment");
    }
}
