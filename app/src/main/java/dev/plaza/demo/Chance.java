package dev.plaza.demo;

import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * The few distributions the generator draws from. They use {@link StrictMath}, whose results the
 * Java specification fixes, so the demo is the same on every machine.
 */
final class Chance {

    private Chance() {
    }

    /** A count with the given mean, geometrically distributed: most things get a little, a few get a lot. */
    static int count(double mean, RandomGenerator rnd) {
        if (mean <= 0) {
            return 0;
        }
        double keepGoing = mean / (1 + mean);
        int count = (int) StrictMath.floor(StrictMath.log(1 - rnd.nextDouble()) / StrictMath.log(keepGoing));
        return Math.min(count, 150);
    }

    /** A moment after {@code from}, exponentially distributed with the given mean, never sooner than half a minute. */
    static Instant after(Instant from, double meanMinutes, RandomGenerator rnd) {
        double minutes = -meanMinutes * StrictMath.log(1 - rnd.nextDouble());
        return from.plusMillis(30_000L + (long) (minutes * 60_000));
    }

    /** A moment after {@code from}, log-normally distributed around the median: how long the brand takes to answer. */
    static Instant around(Instant from, double medianMinutes, RandomGenerator rnd) {
        double minutes = medianMinutes * StrictMath.exp(0.9 * gaussian(rnd));
        return from.plusMillis(60_000L + (long) (minutes * 60_000));
    }

    /** A standard normal number by the Box-Muller transform. */
    static double gaussian(RandomGenerator rnd) {
        double radius = StrictMath.sqrt(-2 * StrictMath.log(1 - rnd.nextDouble()));
        return radius * StrictMath.cos(2 * StrictMath.PI * rnd.nextDouble());
    }

    /** An index into {@code weights}, chosen in proportion to them. */
    static int pick(double[] weights, RandomGenerator rnd) {
        double at = rnd.nextDouble() * sum(weights);
        for (int i = 0; i < weights.length; i++) {
            at -= weights[i];
            if (at < 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; ; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
    }

    private static double sum(double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        return sum;
    }
}
