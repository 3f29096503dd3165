package dev.plaza.insights.sentiment;

import java.util.List;
import java.util.Random;

/**
 * Trains the sentiment model: multinomial logistic regression by stochastic gradient descent with
 * AdaGrad steps and an L2 penalty, each class weighed by the inverse of its share of the posts (the
 * measure is macro-averaged: a rare class counts as much as a common one). The same data and
 * settings give the same model: the posts are shuffled with a fixed seed.
 *
 * @param epochs passes over the posts
 * @param learningRate AdaGrad's base step
 * @param l2 the penalty on each weight a post touches
 */
record SentimentTraining(int epochs, double learningRate, double l2) {

    private static final long SEED = 20261206L;

    SentimentTraining {
        if (epochs < 1 || learningRate <= 0 || l2 < 0) {
            throw new IllegalArgumentException("epochs ≥ 1, a positive learning rate and l2 ≥ 0, not %d, %s, %s"
                    .formatted(epochs, learningRate, l2));
        }
    }

    /** A classifier trained on every post of {@code posts}. */
    TrainedSentiment train(TrainingPosts posts) {
        return new TrainedSentiment(posts.features(), fit(posts));
    }

    SoftmaxModel fit(TrainingPosts posts) {
        List<SparseVector> xs = posts.vectors();
        List<Integer> ys = posts.labels();
        int classes = SoftmaxModel.CLASSES;
        float[] weights = new float[SentimentFeatures.BUCKETS * classes];
        float[] squares = new float[weights.length];
        float[] bias = new float[classes];
        float[] biasSquares = new float[classes];
        double[] classWeight = classWeights(ys);
        int[] order = new int[xs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(SEED);
        SoftmaxModel model = new SoftmaxModel(SentimentFeatures.BUCKETS, weights, bias, posts.fingerprints());
        double[] p = new double[classes];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            shuffle(order, random);
            for (int n : order) {
                SparseVector x = xs.get(n);
                int y = ys.get(n);
                model.probabilities(x, p);
                for (int c = 0; c < classes; c++) {
                    double gradient = (p[c] - (c == y ? 1 : 0)) * classWeight[y];
                    biasSquares[c] += (float) (gradient * gradient);
                    bias[c] -= (float) (learningRate * gradient / Math.sqrt(biasSquares[c] + 1e-8));
                    for (int i = 0; i < x.size(); i++) {
                        int w = x.indexes()[i] * classes + c;
                        double g = gradient * x.values()[i] + l2 * weights[w];
                        squares[w] += (float) (g * g);
                        weights[w] -= (float) (learningRate * g / Math.sqrt(squares[w] + 1e-8));
                    }
                }
            }
        }
        return model;
    }

    private static double[] classWeights(List<Integer> ys) {
        int classes = SoftmaxModel.CLASSES;
        double[] counts = new double[classes];
        ys.forEach(y -> counts[y]++);
        double[] weights = new double[classes];
        for (int c = 0; c < classes; c++) {
            weights[c] = counts[c] == 0 ? 0 : ys.size() / (classes * counts[c]);
        }
        return weights;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
