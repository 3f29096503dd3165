package dev.plaza.bench;

import java.util.List;

/**
 * The timed runs of one pass over a recording: frames/s of each, and frames per second of the
 * process's CPU time (every thread: workers, garbage collector, JIT), which other work on a shared
 * machine disturbs less than throughput.
 */
record FirehoseRuns(List<Double> perSecond, List<Double> perCpuSecond) {

    FirehoseRuns {
        perSecond = List.copyOf(perSecond);
        perCpuSecond = List.copyOf(perCpuSecond);
    }

    boolean isEmpty() {
        return perSecond.isEmpty();
    }

    double median() {
        return Median.of(perSecond);
    }

    double medianPerCpuSecond() {
        return Median.of(perCpuSecond);
    }

    /** "64,826 (36,242–64,826)": the median frames/s and the range of the runs. */
    String summary() {
        return "%,.0f (%,.0f–%,.0f)".formatted(median(), perSecond.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                perSecond.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }
}
