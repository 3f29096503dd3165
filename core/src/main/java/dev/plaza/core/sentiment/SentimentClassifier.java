package dev.plaza.core.sentiment;

/** Says how a post feels, in any language; safe to call from many threads at once. */
public interface SentimentClassifier {

    SentimentScore classify(String text);
}
