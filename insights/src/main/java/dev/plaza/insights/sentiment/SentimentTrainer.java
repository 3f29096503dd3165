package dev.plaza.insights.sentiment;

import dev.plaza.core.sentiment.Sentiment;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code ./plaza train sentiment} does: chooses the training settings by k-fold cross-validation
 * on the training posts alone (the validation files stay unseen), then trains on all of them. The
 * candidates differ in step size and passes, which here act as the regularization: with a million
 * buckets and some thousands of posts, a model that trains longer learns the posts by heart.
 */
public final class SentimentTrainer {

    static final List<SentimentTraining> CANDIDATES = List.of(
            new SentimentTraining(4, 0.005, 1e-5), new SentimentTraining(8, 0.005, 1e-5),
            new SentimentTraining(4, 0.01, 1e-5), new SentimentTraining(8, 0.01, 1e-5),
            new SentimentTraining(4, 0.02, 1e-5), new SentimentTraining(8, 0.02, 1e-5),
            new SentimentTraining(4, 0.05, 1e-5), new SentimentTraining(8, 0.05, 1e-5));

    /** Hears each fit done: {@code done} of {@code total}, the last being the final model. */
    public interface Progress {
        void fitted(int done, int total, String what);
    }

    /**
     * @param chosen the settings of the best cross-validated macro-F1
     * @param crossValidated each candidate's mean macro-F1 over the folds, in the order of {@link #CANDIDATES}
     */
    public record Result(TrainedSentiment classifier, int posts, String chosen, double chosenF1, List<String> crossValidated) {
    }

    private final int folds;

    public SentimentTrainer(int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
        }
        this.folds = folds;
    }

    public Result train(List<LabelledPosts> pairs, Progress progress) {
        TrainingPosts posts = TrainingPosts.of(SentimentFeatures.builtIn(), pairs);
        int total = CANDIDATES.size() * folds + 1;
        int done = 0;
        SentimentTraining best = null;
        double bestF1 = -1;
        List<String> scores = new ArrayList<>();
        for (SentimentTraining candidate : CANDIDATES) {
            double sum = 0;
            for (int fold = 0; fold < folds; fold++) {
                sum += heldOutF1(candidate, posts.fold(folds, fold, true), posts.fold(folds, fold, false));
                progress.fitted(++done, total, describe(candidate));
            }
            double f1 = sum / folds;
            scores.add("%s: %.3f".formatted(describe(candidate), f1));
            if (f1 > bestF1) {
                bestF1 = f1;
                best = candidate;
            }
        }
        TrainedSentiment classifier = best.train(posts);
        progress.fitted(total, total, describe(best));
        return new Result(classifier, posts.size(), describe(best), bestF1, scores);
    }

    private static double heldOutF1(SentimentTraining training, TrainingPosts train, TrainingPosts heldOut) {
        SoftmaxModel model = training.fit(train);
        Confusion confusion = new Confusion();
        double[] p = new double[SoftmaxModel.CLASSES];
        for (int i = 0; i < heldOut.size(); i++) {
            model.probabilities(heldOut.vectors().get(i), p);
            confusion.add(Sentiment.values()[heldOut.labels().get(i)], Sentiment.values()[SoftmaxModel.likeliest(p)]);
        }
        return confusion.macroF1();
    }

    private static String describe(SentimentTraining t) {
        return "%d epochs, step %s".formatted(t.epochs(), t.learningRate());
    }
}
