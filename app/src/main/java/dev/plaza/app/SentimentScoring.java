package dev.plaza.app;

import dev.plaza.core.sentiment.SentimentClassifier;
import dev.plaza.core.sentiment.Sentiments;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores the posts the store queued as they were stored, edited or deleted, in rounds of
 * {@value #ROUND}: after a burst of listening it keeps going until the queue is empty, then looks
 * again every {@code every}. Scoring apart from storing keeps the listeners' one writer free of it.
 */
final class SentimentScoring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SentimentScoring.class);
    static final int ROUND = 1_000;

    private final Sentiments sentiments;
    private final SentimentClassifier classifier;
    private final Counter scored;
    private final BackgroundLoop loop;

    SentimentScoring(Sentiments sentiments, SentimentClassifier classifier, Duration every, MeterRegistry metrics) {
        this.sentiments = sentiments;
        this.classifier = classifier;
        this.scored = Counter.builder("plaza.sentiment.scored").description("queued posts taken by the sentiment worker")
                .register(metrics);
        this.loop = new BackgroundLoop("sentiment-scoring", every, this::scoreQueued,
                e -> LOG.warn("could not score the queued posts; they stay queued: {}", e.getMessage()));
    }

    SentimentScoring start() {
        loop.start();
        return this;
    }

    /** Scores until the queue is empty (or Plaza stops); answers how many posts were taken. */
    int scoreQueued() {
        int total = 0;
        int taken;
        do {
            taken = sentiments.scoreQueued(ROUND, classifier);
            total += taken;
            scored.increment(taken);
        } while (taken == ROUND && !loop.stopping());
        return total;
    }

    @Override
    public void close() {
        loop.close(); // a round cut short rolls back: its posts stay queued
    }
}
