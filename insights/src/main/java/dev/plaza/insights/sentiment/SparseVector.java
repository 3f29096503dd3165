package dev.plaza.insights.sentiment;

/** A post's features: parallel arrays of bucket indexes and values (an index may repeat; the values then add up). */
record SparseVector(int[] indexes, float[] values) {

    SparseVector {
        if (indexes.length != values.length) {
            throw new IllegalArgumentException("%d indexes for %d values".formatted(indexes.length, values.length));
        }
    }

    int size() {
        return indexes.length;
    }
}
