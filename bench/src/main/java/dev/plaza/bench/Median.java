package dev.plaza.bench;

import java.util.Collection;

/** The median of a benchmark's runs: the middle one, or the mean of the middle two. */
final class Median {

    private Median() {
    }

    static double of(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no runs to take the median of");
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
