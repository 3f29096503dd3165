package dev.plaza.core.wordofmouth;

/**
 * A workspace's word of mouth over a period: its recommendations and answers with the brand, their
 * echoes at every step, and the different people who echoed them (each recommender left out of their
 * own, the brand left out).
 */
public record WordOfMouthTotals(long recommendations, long echoes, long peopleReached) {

    public static final WordOfMouthTotals NONE = new WordOfMouthTotals(0, 0, 0);
}
