package dev.plaza.insights.sentiment;

import dev.plaza.insights.InsightsException;
import java.util.ArrayList;
import java.util.List;

/** Labelled posts as the trainer reads them: each one's features, class and fingerprint, in the same order. */
record TrainingPosts(SentimentFeatures features, List<SparseVector> vectors, List<Integer> labels, long[] fingerprints) {

    static TrainingPosts of(SentimentFeatures features, List<LabelledPosts> pairs) {
        List<SparseVector> vectors = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Long> fingerprints = new ArrayList<>();
        for (LabelledPosts pair : pairs) {
            for (int i = 0; i < pair.size(); i++) {
                vectors.add(features.of(pair.texts().get(i)));
                labels.add(pair.labels().get(i).ordinal());
                fingerprints.add(PostFingerprint.of(pair.texts().get(i)));
            }
        }
        if (vectors.isEmpty()) {
            throw new InsightsException("no labelled posts to train on");
        }
        return new TrainingPosts(features, List.copyOf(vectors), List.copyOf(labels),
                fingerprints.stream().mapToLong(Long::longValue).toArray());
    }

    int size() {
        return vectors.size();
    }

    /**
     * The posts of fold {@code fold} of {@code folds} (or, with {@code except}, all the others). A post's fold
     * follows from its fingerprint, not its place in the files, which may be sorted by label or language.
     */
    TrainingPosts fold(int folds, int fold, boolean except) {
        List<SparseVector> v = new ArrayList<>();
        List<Integer> l = new ArrayList<>();
        List<Long> f = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if ((Math.floorMod(Long.hashCode(fingerprints[i] * 0x9E3779B97F4A7C15L), folds) == fold) != except) {
                v.add(vectors.get(i));
                l.add(labels.get(i));
                f.add(fingerprints[i]);
            }
        }
        return new TrainingPosts(features, v, l, f.stream().mapToLong(Long::longValue).toArray());
    }
}
