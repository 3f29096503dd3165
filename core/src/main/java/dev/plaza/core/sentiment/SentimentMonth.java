package dev.plaza.core.sentiment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** How many of a person's posts of one class were written in one month ({@code month}: its first day). */
public record SentimentMonth(LocalDate month, Sentiment sentiment, long count) {

    public SentimentMonth {
        requireNonNull(month, "month");
        requireNonNull(sentiment, "sentiment");
    }
}
