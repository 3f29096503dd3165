package dev.plaza.core.advocacy;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.sentiment.Sentiment;
import java.util.Optional;

/**
 * A post with what advocacy depends on besides its words: who wrote it, and what it answers.
 *
 * @param byBrand the brand's own accounts (or its team's) wrote it
 * @param replyToBrand it replies in a conversation the brand started, or to one of the brand's posts
 * @param parentText the text of the post it replies to, when it replies to someone else's
 * @param sentiment how it feels, as scored
 */
public record PostInContext(String text, boolean byBrand, boolean replyToBrand, Optional<String> parentText, Sentiment sentiment) {

    public PostInContext {
        requireNonNull(text, "text");
        requireNonNull(parentText, "parentText");
        requireNonNull(sentiment, "sentiment");
    }
}
