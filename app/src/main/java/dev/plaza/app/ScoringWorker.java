package dev.plaza.app;

import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.scoring.ScoringQueue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores the posts the store queued as they were stored, edited or deleted (sentiment and advocacy),
 * in rounds of {@value #ROUND}: after a burst of listening it keeps going until the queue is empty,
 * then looks again every {@code every}. Scoring apart from storing keeps the listeners' one writer
 * free of it.
 */
final class ScoringWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringWorker.class);
    static final int ROUND = 1_000;

    private final ScoringQueue queue;
    private final PostScorer scorer;
    private final Counter scored;
    private final BackgroundLoop loop;

    ScoringWorker(ScoringQueue queue, PostScorer scorer, Duration every, MeterRegistry metrics) {
        this.queue = queue;
        this.scorer = scorer;
        this.scored = Counter.builder("plaza.posts.scored").description("queued posts taken by the scoring worker")
                .register(metrics);
        this.loop = new BackgroundLoop("post-scoring", every, this::scoreQueued,
                e -> LOG.warn("could not score the queued posts; they stay queued: {}", e.getMessage()));
    }

    ScoringWorker start() {
        loop.start();
        return this;
    }

    /** Scores until the queue is empty (or Plaza stops); answers how many posts were taken. */
    int scoreQueued() {
        int total = 0;
        int taken;
        do {
            taken = queue.scoreQueued(ROUND, scorer);
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
