package dev.plaza.insights.sentiment;

import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentClassifier;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.insights.InsightsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Plaza's sentiment classifier: {@link SentimentFeatures} weighed by a {@link SoftmaxModel} trained
 * on labelled posts in eight languages ({@code ./plaza train sentiment}). It runs on the CPU, needs no
 * network, and is safe to share between threads.
 */
public final class TrainedSentiment implements SentimentClassifier {

    static final String BUILT_IN = "model.bin";

    private final SentimentFeatures features;
    private final SoftmaxModel model;

    TrainedSentiment(SentimentFeatures features, SoftmaxModel model) {
        if (model.buckets() != SentimentFeatures.BUCKETS) {
            throw new InsightsException("the sentiment model has %d buckets; these features fill %d: train it again"
                    .formatted(model.buckets(), SentimentFeatures.BUCKETS));
        }
        this.features = features;
        this.model = model;
    }

    /** The model that ships with Plaza. */
    public static TrainedSentiment builtIn() {
        try (InputStream in = TrainedSentiment.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new InsightsException("Plaza's sentiment model is missing from the insights module");
            }
            return new TrainedSentiment(SentimentFeatures.builtIn(), SoftmaxModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model written by {@code ./plaza train sentiment --out FILE}. */
    public static TrainedSentiment fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new TrainedSentiment(SentimentFeatures.builtIn(), SoftmaxModel.read(in));
        } catch (IOException e) {
            throw new InsightsException("%s could not be read: %s".formatted(file, e.getMessage()), e);
        }
    }

    @Override
    public SentimentScore classify(String text) {
        double[] p = new double[SoftmaxModel.CLASSES];
        model.probabilities(features.of(text), p);
        int best = SoftmaxModel.likeliest(p);
        return new SentimentScore(Sentiment.values()[best], Math.min(1, p[best]));
    }

    /** Whether the model was trained on a post with this text: an evaluation leaves such posts out. */
    public boolean trainedOn(String text) {
        return model.trainedOn(PostFingerprint.of(text));
    }

    /** Writes the model to {@code file}, for {@link #fromFile} and for Plaza to ship. */
    public void writeModel(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        } catch (IOException e) {
            throw new InsightsException("%s could not be written: %s".formatted(file, e.getMessage()), e);
        }
    }
}
