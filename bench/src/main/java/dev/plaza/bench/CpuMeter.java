package dev.plaza.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * CPU time used so far by this JVM and by another process with everything under it (the embedded
 * PostgreSQL's postmaster and its backends, a Fedify server), so that a run can be charged per
 * delivery or per activity. Less sensitive than throughput to other work on the machine; on 2
 * cores, 5,000 activities/s leaves 0.4 ms of CPU for each.
 */
final class CpuMeter {

    /**
     * CPU time consumed up to a moment, or between two: this JVM's and the other process tree's, and
     * of the JVM's the time its JIT compilers spent (until they settle, a share of the JVM's CPU).
     */
    record CpuTime(Duration jvm, Duration other, Duration jit) {

        CpuTime minus(CpuTime earlier) {
            return new CpuTime(jvm.minus(earlier.jvm), other.minus(earlier.other), jit.minus(earlier.jit));
        }

        double jitSeconds() {
            return jit.toNanos() / 1e9;
        }

        double jvmMillisPer(long items) {
            return jvm.toNanos() / 1e6 / items;
        }

        double otherMillisPer(long items) {
            return other.toNanos() / 1e6 / items;
        }
    }

    private final Optional<ProcessHandle> other;

    private CpuMeter(Optional<ProcessHandle> other) {
        this.other = other;
    }

    /** The JVM and the embedded PostgreSQL whose data folder is {@code dataDir} (its postmaster.pid). */
    static CpuMeter withPostgres(Path dataDir) {
        try {
            return new CpuMeter(Files.readAllLines(dataDir.resolve("postmaster.pid")).stream().findFirst()
                    .map(String::strip).map(Long::parseLong).flatMap(ProcessHandle::of));
        } catch (IOException | NumberFormatException e) {
            return new CpuMeter(Optional.empty());
        }
    }

    /** The JVM and {@code process} with its descendants. */
    static CpuMeter with(ProcessHandle process) {
        return new CpuMeter(Optional.of(process));
    }

    CpuTime now() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        return new CpuTime(Duration.ofNanos(Math.max(jvm, 0)), other.map(CpuMeter::tree).orElse(Duration.ZERO),
                Duration.ofMillis(jit));
    }

    // Children that already exited (an autovacuum worker) are not counted: a slight undercount.
    private static Duration tree(ProcessHandle root) {
        return root.descendants().map(CpuMeter::cpu).reduce(cpu(root), Duration::plus);
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
