package dev.plaza.insights.sentiment;

import dev.plaza.core.sentiment.Sentiment;

/** What a classifier said against what the labels say, and the macro-averaged recall and F1 of it. */
public final class Confusion {

    private static final int CLASSES = Sentiment.values().length;

    private final long[][] counts = new long[CLASSES][CLASSES];

    public void add(Sentiment labelled, Sentiment predicted) {
        counts[labelled.ordinal()][predicted.ordinal()]++;
    }

    public void addAll(Confusion other) {
        for (int a = 0; a < CLASSES; a++) {
            for (int p = 0; p < CLASSES; p++) {
                counts[a][p] += other.counts[a][p];
            }
        }
    }

    public long total() {
        long total = 0;
        for (long[] row : counts) {
            for (long n : row) {
                total += n;
            }
        }
        return total;
    }

    /** The mean over the classes of the share of each class's posts found (a class with no posts counts 0). */
    public double macroRecall() {
        double sum = 0;
        for (int c = 0; c < CLASSES; c++) {
            sum += recall(c);
        }
        return sum / CLASSES;
    }

    /** The mean over the classes of the harmonic mean of precision and recall. */
    public double macroF1() {
        double sum = 0;
        for (int c = 0; c < CLASSES; c++) {
            double precision = precision(c);
            double recall = recall(c);
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return sum / CLASSES;
    }

    private double recall(int c) {
        long labelled = 0;
        for (int p = 0; p < CLASSES; p++) {
            labelled += counts[c][p];
        }
        return labelled == 0 ? 0 : (double) counts[c][c] / labelled;
    }

    private double precision(int c) {
        long predicted = 0;
        for (int a = 0; a < CLASSES; a++) {
            predicted += counts[a][c];
        }
        return predicted == 0 ? 0 : (double) counts[c][c] / predicted;
    }
}
