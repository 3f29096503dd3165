package dev.plaza.insights;

import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.advocacy.PostInContext;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.scoring.PostToScore;
import dev.plaza.core.sentiment.SentimentClassifier;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.insights.advocacy.AdvocacyDetector;
import dev.plaza.insights.advocacy.BrandNames;
import dev.plaza.insights.sentiment.TrainedSentiment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How Plaza scores a post: its sentiment by the built-in model, then what it does for the brand, read
 * with that sentiment. One advocacy detector is kept per way a brand is named.
 */
public final class PlazaPostScorer implements PostScorer {

    private final SentimentClassifier sentiment;
    private final Map<List<String>, AdvocacyDetector> detectors = new ConcurrentHashMap<>();

    public PlazaPostScorer(SentimentClassifier sentiment) {
        this.sentiment = sentiment;
    }

    public static PlazaPostScorer builtIn() {
        return new PlazaPostScorer(TrainedSentiment.builtIn());
    }

    @Override
    public PostScore score(PostToScore post) {
        SentimentScore feeling = sentiment.classify(post.text());
        List<String> names = post.brandNames().stream().filter(n -> n.strip().length() >= 2).toList();
        if (names.isEmpty()) {
            return new PostScore(feeling, AdvocacyReading.NONE);
        }
        AdvocacyDetector detector = detectors.computeIfAbsent(names, n -> AdvocacyDetector.of(BrandNames.of(n)));
        return new PostScore(feeling, detector.read(new PostInContext(post.text(), post.byBrand(), post.replyToBrand(),
                post.parentText(), feeling.sentiment())));
    }
}
