package dev.plaza.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/** Times named reads, each once to warm up and then a number of times, and prints p50, p95 and max of each and of all. */
final class Latencies {

    private final int repeats;
    private final List<Double> all = new ArrayList<>();

    Latencies(int repeats) {
        this.repeats = repeats;
    }

    /** The times of one read, and the rows it read the last time. */
    record Timed(List<Double> millis, int rows) {
        double[] sorted() {
            return Latencies.sorted(millis);
        }
    }

    /** A read still running after this much of its repeats is repeated no more: it is seconds over any target. */
    private static final double BUDGET_MS = 60_000;
    private static final int AT_LEAST = 3;

    /**
     * {@code read} once to warm up, then {@code repeats} times, or at least {@value #AT_LEAST} times and until its repeats took
     * a minute; it answers how many rows it read, to show that it found something.
     */
    static Timed time(int repeats, IntSupplier read) {
        read.getAsInt();
        List<Double> millis = new ArrayList<>();
        int rows = 0;
        double spent = 0;
        for (int i = 0; i < repeats && (i < AT_LEAST || spent < BUDGET_MS); i++) {
            long start = System.nanoTime();
            rows = read.getAsInt();
            millis.add((System.nanoTime() - start) / 1e6);
            spent += millis.getLast();
        }
        return new Timed(List.copyOf(millis), rows);
    }

    /** Times {@code read} and prints a row of the table: rows, p50, p95 and max. */
    void measure(String name, IntSupplier read) {
        Timed timed = time(repeats, read);
        all.addAll(timed.millis());
        double[] sorted = timed.sorted();
        System.out.printf("| %s%s | %,d | %.1f | %.1f | %.1f |%n", name, sorted.length < repeats ? " (%d times)".formatted(sorted.length) : "",
                timed.rows(), ScaleBenchmark.percentile(sorted, 50), ScaleBenchmark.percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    void summary() {
        double[] sorted = sorted(all);
        System.out.printf("all %,d reads: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", sorted.length, ScaleBenchmark.percentile(sorted, 50),
                ScaleBenchmark.percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    private static double[] sorted(List<Double> millis) {
        return millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }
}
